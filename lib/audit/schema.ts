// The audit log's filters, read from the query string (?handling=&type=&bruger=&fra=&til=), and where a page starts (?foer=|?efter=).
import { z } from "@/lib/validation/zod";
import { parseCalendarDay } from "@/lib/validation/fields";
import { isAuditVerb, AUDIT_ENTITIES } from "./verbs";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), schema.optional());
const isoDate = z.string().refine((v) => parseCalendarDay(v) !== null);

export const auditFilterInput = z.object({
  handling: optional(z.string().refine(isAuditVerb)),
  type: optional(z.string().refine((t) => Object.hasOwn(AUDIT_ENTITIES, t))),
  bruger: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  fra: optional(isoDate),
  til: optional(isoDate),
});
export type AuditFilter = z.infer<typeof auditFilterInput>;

/** Unknown or malformed parameters are dropped one by one, never an error page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(auditFilterInput.shape) as (keyof AuditFilter)[]) {
    const parsed = auditFilterInput.shape[key].safeParse(params[key]);
    if (parsed.success && parsed.data) out[key] = parsed.data;
  }
  return out as AuditFilter;
}

/** ?foer=<event id> (the next, older page) or ?efter=<event id> (the previous, newer page); anything else is the first page. */
export function parseAuditCursor(params: Record<string, string | string[] | undefined>): { olderThan?: string; newerThan?: string } {
  const id = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : undefined);
  const olderThan = id(params.foer);
  const newerThan = olderThan ? undefined : id(params.efter);
  return { ...(olderThan ? { olderThan } : {}), ...(newerThan ? { newerThan } : {}) };
}

/** Midnight in Copenhagen at the start of a yyyy-mm-dd day, as an instant. */
export function startOfDanishDay(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  const local = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "Europe/Copenhagen" }));
  const utc = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(utcMidnight.getTime() - (local.getTime() - utc.getTime()));
}
