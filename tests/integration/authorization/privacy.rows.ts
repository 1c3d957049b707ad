import { db } from "@/lib/db";
import { confirmErasureRequestAction, eraseMemberAction, purgeExpiredRecordsAction, withdrawConsentAction } from "@/lib/privacy/actions";
import type { AuthzRow } from "./types";

// Export, erasure, consent withdrawal and retention handle a person's data: administrators only.
export const rows: AuthzRow[] = [
  {
    action: "lib/privacy/actions#eraseMemberAction",
    allowed: "ADMIN",
    call: (w) => eraseMemberAction({ memberId: w.member.id, confirmName: w.member.name }),
  },
  { action: "lib/privacy/actions#withdrawConsentAction", allowed: "ADMIN", call: (w) => withdrawConsentAction({ applicationId: w.applicationA.id }) },
  { action: "lib/privacy/actions#purgeExpiredRecordsAction", allowed: "ADMIN", call: () => purgeExpiredRecordsAction({}) },
  {
    action: "lib/privacy/actions#confirmErasureRequestAction",
    allowed: "ADMIN",
    call: async (w) => {
      const request = await db.erasureRequest.upsert({ where: { memberId: w.member.id }, create: { memberId: w.member.id }, update: {} });
      return confirmErasureRequestAction({ requestId: request.id });
    },
  },
];
