// Pure rules for retention and erasure. No I/O.
import type { ApplicationStatusValue } from "@/lib/applications/labels";

const DAY_MS = 86_400_000;

/** Records last touched before this moment have outlived the retention period. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Statuses whose applications are deleted once the retention period has passed. */
export const CLOSED_STATUSES = ["DECLINED", "WITHDRAWN"] as const satisfies readonly ApplicationStatusValue[];

/**
 * A declined or withdrawn application is due for deletion when the retention period has passed since
 * the decision (or since it was last changed, when no decision was recorded).
 */
export function isApplicationDue(a: { status: ApplicationStatusValue; decidedAt: Date | null; updatedAt: Date }, cutoff: Date): boolean {
  if (!(CLOSED_STATUSES as readonly string[]).includes(a.status)) return false;
  return (a.decidedAt ?? a.updatedAt) < cutoff;
}

/**
 * An interest-list entry is due once it has been handled (the person was contacted), or when its
 * consent (renewed each time the person signs up again) is older than the retention period.
 */
export function isInterestDue(i: { handledAt: Date | null; consentAt: Date }, cutoff: Date): boolean {
  return i.handledAt !== null || i.consentAt < cutoff;
}

const normaliseName = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("da-DK");

/** The erasure confirmation: the typed name must be the member's name (spacing and case ignored). */
export function confirmsName(typed: string, name: string): boolean {
  return normaliseName(typed) !== "" && normaliseName(typed) === normaliseName(name);
}

export type ConsentWithdrawal =
  | { kind: "withdraw" } // still open: becomes WITHDRAWN
  | { kind: "leave-group" } // accepted: the participation ends, the application becomes WITHDRAWN
  | { kind: "keep-status" } // already declined or withdrawn: only the withdrawal is recorded
  | { kind: "already" };

/** What withdrawing the consents of an application does, by its status. */
export function consentWithdrawal(status: ApplicationStatusValue, alreadyWithdrawn: boolean): ConsentWithdrawal {
  if (alreadyWithdrawn) return { kind: "already" };
  if (status === "ACCEPTED") return { kind: "leave-group" };
  if (status === "RECEIVED" || status === "WAITLISTED") return { kind: "withdraw" };
  return { kind: "keep-status" };
}
