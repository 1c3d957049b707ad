import { db } from "@/lib/db";
import {
  acceptApplicationAction,
  declineApplicationAction,
  recordIntakeAction,
  waitlistApplicationAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { createPaidMembership } from "../../helpers/fixtures";
import type { AuthzRow } from "./types";

// Everything about applications is for administrators only.
export const rows: AuthzRow[] = [
  {
    action: "lib/applications/actions#recordIntakeAction",
    allowed: "ADMIN",
    call: (w) => recordIntakeAction({ applicationId: w.applicationA.id, heldOn: "2026-01-10", byUserId: w.admin.id }),
  },
  {
    action: "lib/applications/actions#acceptApplicationAction",
    allowed: "ADMIN",
    call: async (w) => {
      await createPaidMembership(w.member.id);
      await db.application.update({ where: { id: w.applicationA.id }, data: { intakeHeldOn: new Date() } });
      return acceptApplicationAction({ applicationId: w.applicationA.id });
    },
  },
  {
    action: "lib/applications/actions#waitlistApplicationAction",
    allowed: "ADMIN",
    call: (w) => waitlistApplicationAction({ applicationId: w.applicationA.id }),
  },
  {
    action: "lib/applications/actions#declineApplicationAction",
    allowed: "ADMIN",
    call: (w) => declineApplicationAction({ applicationId: w.applicationA.id, reason: "NO_CONTACT" }),
  },
  {
    action: "lib/applications/actions#withdrawApplicationAction",
    allowed: "ADMIN",
    call: (w) => withdrawApplicationAction({ applicationId: w.applicationA.id }),
  },
];
