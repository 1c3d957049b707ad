import * as settings from "@/lib/settings/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  {
    action: "lib/settings/actions#saveSettings",
    allowed: "ADMIN",
    call: () =>
      settings.saveSettings({
        membershipFeeKroner: "100",
        mobilePayNumber: "12345",
        bankAccount: "1234 1234567890",
        coordinatorEmail: "koordinator@example.dk",
        maxGroupsPerFacilitator: "2",
        minMeetingsBeforeWithdrawal: "6",
        retentionDays: "180",
        renewalReminderDays: "30",
      }),
  },
  {
    action: "lib/settings/actions#saveIdentity",
    allowed: "ADMIN",
    call: () =>
      settings.saveIdentity({
        orgName: "Selvhjælp Testby",
        orgNameGenitive: "",
        orgStreet: "Torvet 1",
        orgPostcode: "8000",
        orgTown: "Testby",
        orgPhone: "",
        orgEmail: "",
        orgCvr: "12345678",
        orgWebsite: "",
        emailSignature: "",
        dataControllerText: "",
      }),
  },
];
