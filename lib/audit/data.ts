import "server-only";
// Free of session helpers, so scripts that run outside Next (seed, purge on start) can record audits.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditDetails, AuditEntity, AuditVerb } from "./verbs";

type Client = Prisma.TransactionClient | typeof db;

export type AuditInput = {
  actorUserId: string | null;
  /** The member who acted on their own page ("Min side"); staff actions leave it empty. */
  actorMemberId?: string | null;
  /** A verb of lib/audit/verbs.ts: never free text or personal data. */
  action: AuditVerb;
  entityType: AuditEntity;
  entityId?: string | null;
  /** Ids and counts only. */
  details?: AuditDetails | null;
};

/** Records who did what to which record. Pass the transaction client when inside one. */
export async function recordAudit(input: AuditInput, client: Client = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorUserId: input.actorUserId,
      actorMemberId: input.actorMemberId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
    },
  });
}
