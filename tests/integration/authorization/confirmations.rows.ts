import { db } from "@/lib/db";
import { markApplicationConfirmed } from "@/lib/confirmations/actions";
import type { AuthzRow } from "./types";

// Marking an application confirmed after the intake call is for administrators only.
export const rows: AuthzRow[] = [
  {
    action: "lib/confirmations/actions#markApplicationConfirmed",
    allowed: "ADMIN",
    call: async (w) => {
      await db.application.update({ where: { id: w.applicationA.id }, data: { awaitsConfirmation: true } });
      return markApplicationConfirmed({ applicationId: w.applicationA.id });
    },
  },
];
