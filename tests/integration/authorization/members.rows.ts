import { createMembershipPeriodAction, recordPaymentAction, sendRenewalRemindersAction, waiveMembershipAction } from "@/lib/members/actions";
import type { AuthzRow } from "./types";

// The member register is for administrators only (it holds personal data; facilitators never see it).
export const rows: AuthzRow[] = [
  {
    action: "lib/members/actions#recordPaymentAction",
    allowed: "ADMIN",
    call: (w) => recordPaymentAction({ memberId: w.member.id, amount: "100", method: "MOBILEPAY", reference: "", paidOn: "2026-01-10" }),
  },
  { action: "lib/members/actions#waiveMembershipAction", allowed: "ADMIN", call: (w) => waiveMembershipAction({ memberId: w.member.id }) },
  {
    action: "lib/members/actions#createMembershipPeriodAction",
    allowed: "ADMIN",
    call: (w) => createMembershipPeriodAction({ memberId: w.member.id }),
  },
  { action: "lib/members/actions#sendRenewalRemindersAction", allowed: "ADMIN", call: () => sendRenewalRemindersAction({}) },
];
