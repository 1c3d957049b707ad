// The audit log's filters, read from the query string (?handling=&type=&bruger=&fra=&til=&side=).
import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || Array.isArray(v) ? undefined : v), schema.optional());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(v)));

export const auditFilterInput = z.object({
  handling: optional(z.string().regex(/^[a-z][a-z0-9.-]{0,60}$/)),
  type: optional(z.string().regex(/^[A-Za-z]{1,40}$/)),
  bruger: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  fra: optional(isoDate),
  til: optional(isoDate),
});
export type AuditFilter = z.infer<typeof auditFilterInput>;

/** Unknown or malformed parameters are dropped one by one, never an error page. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const out: AuditFilter = {};
  for (const key of Object.keys(auditFilterInput.shape) as (keyof AuditFilter)[]) {
    const parsed = auditFilterInput.shape[key].safeParse(params[key]);
    if (parsed.success && parsed.data) out[key] = parsed.data;
  }
  return out;
}

/** Midnight in Copenhagen at the start of a yyyy-mm-dd day, as an instant. */
export function startOfDanishDay(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  const local = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "Europe/Copenhagen" }));
  const utc = new Date(utcMidnight.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(utcMidnight.getTime() - (local.getTime() - utc.getTime()));
}
