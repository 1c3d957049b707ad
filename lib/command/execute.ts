import "server-only";
// Runs a command (lib/command/define.ts): authorise → parse → rate limit → run + audit (and the
// emails run queued) in one transaction → effects after commit → email delivery started. Free of
// Next: lib/command/perform.ts supplies the caller and applies the invalidations and the redirect;
// tests and scripts call execute() directly.
import { db, dbProvider } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import { hasGroupAccess } from "@/lib/auth/access";
import { deliverSoon } from "@/lib/email/worker";
import { isSystemActor, type Actor } from "@/lib/auth/actor";
import type { MemberActor } from "@/lib/member-session/actor";
import type { Change } from "@/lib/cache/invalidate";
import { emailKey, ipKey, memberKey, takeRateLimit, unknownAddressKey, type RateLimitKey } from "@/lib/rate-limit";
import { z } from "@/lib/validation/zod";
import type { AnyCommand } from "./define";
import { formFields, isHoneypotFilled } from "./form-fields";
import {
  DENIED_MESSAGE,
  GENERIC_ERROR,
  HONEYPOT_MESSAGE,
  INVALID_INPUT,
  MEMBER_SIGNED_OUT_MESSAGE,
  RATE_LIMITED_MESSAGE,
  SIGNED_OUT_MESSAGE,
  type ActionResult,
  type Refusal,
} from "./result";

/**
 * `clientIp` is null when the address cannot be trusted (lib/request-ip.ts): then only the per-email
 * limit applies, or, for a command without one, the bucket all unknown addresses share (lib/rate-limit.ts).
 * `member` is the member signed in to their own page (lib/member-session); only member commands read it.
 */
export type Caller = { actor: Actor | null; clientIp: string | null; member?: MemberActor | null };

export type Execution = { result: ActionResult<unknown>; changes: Change[]; redirectTo?: string };

export const BUSY_MESSAGE = "Der er travlt lige nu, så vi kunne ikke gemme. Prøv igen om et øjeblik.";

export const UNAVAILABLE_MESSAGE = "Vi kan ikke gemme noget lige nu, fordi databasen ikke kan skrives til. Prøv igen senere – eller ring til os.";

const refusal = (code: string, message: string, extra: Partial<Refusal> = {}): Execution => ({
  result: { ok: false, code, message, ...extra },
  changes: [],
});

/** Thrown inside the transaction to roll it back when run() refuses. */
class Rollback {
  constructor(readonly code: string) {}
}

const signInPath = "/login";
const memberSignInPath = "/min-side";

export async function execute(cmd: AnyCommand, raw: unknown, caller: Caller): Promise<Execution> {
  try {
    return await executeInner(cmd, raw, caller);
  } catch (error) {
    return failed(cmd, error);
  }
}

async function executeInner(cmd: AnyCommand, raw: unknown, caller: Caller): Promise<Execution> {
  const { policy } = cmd;
  const { actor } = caller;
  const signedIn = policy.kind === "user" || policy.kind === "admin" || policy.kind === "group" || policy.kind === "system";
  if (signedIn && !actor) return refusal("SIGNED_OUT", SIGNED_OUT_MESSAGE, { signIn: signInPath });
  if (policy.kind === "admin" && actor?.role !== "ADMIN") return refusal("DENIED", DENIED_MESSAGE);
  if (policy.kind === "system" && !isSystemActor(actor)) return refusal("DENIED", DENIED_MESSAGE);
  // A member command acts as the member of the caller's own-page session, whoever else is signed in.
  const member = policy.kind === "member" ? (caller.member ?? null) : null;
  if (policy.kind === "member" && !member) return refusal("SIGNED_OUT", MEMBER_SIGNED_OUT_MESSAGE, { signIn: memberSignInPath });

  const fromForm = raw instanceof FormData;
  if (fromForm && policy.kind === "public" && isHoneypotFilled(raw)) return refusal("HONEYPOT", HONEYPOT_MESSAGE);

  const fields = fromForm ? formFields(raw) : raw;
  const withNul = fieldsWithNul(fields);
  if (withNul.length > 0) {
    return refusal("INVALID", INVALID_INPUT, { fieldErrors: Object.fromEntries(withNul.map((f) => [f, [NUL_MESSAGE]])) });
  }
  const parsed = cmd.input.safeParse(fields);
  if (!parsed.success) {
    return refusal("INVALID", INVALID_INPUT, { fieldErrors: z.flattenError(parsed.error).fieldErrors as Refusal["fieldErrors"] });
  }
  const input = parsed.data;

  if (policy.kind === "public" || policy.kind === "link") {
    const { scope } = policy.rateLimit;
    const keys: RateLimitKey[] = caller.clientIp ? [ipKey(scope, caller.clientIp)] : [];
    if (policy.kind === "public" && policy.rateLimit.email) keys.push(emailKey(scope, policy.rateLimit.email(input)));
    // No address and no email (a one-time link without TRUST_PROXY): one shared, higher limit per scope, never none.
    if (keys.length === 0) keys.push(unknownAddressKey(scope));
    if (!(await takeRateLimit(keys)).ok) return refusal("RATE_LIMITED", RATE_LIMITED_MESSAGE);
  }
  if (policy.kind === "member" && policy.rateLimit && !(await takeRateLimit([memberKey(policy.rateLimit.scope, member!.memberId)])).ok) {
    return refusal("RATE_LIMITED", RATE_LIMITED_MESSAGE);
  }
  const runAs = policy.kind === "member" ? member : actor;

  const prepared = cmd.prepare ? await cmd.prepare(input, runAs) : undefined;

  let data: unknown;
  try {
    data = await withBusyRetry(() =>
      db.$transaction(async (tx) => {
        if (policy.kind === "group" && !(await hasGroupAccess(tx, actor!, policy.groupId(input)))) throw new Rollback("DENIED");
        const outcome = await cmd.run(tx, runAs, input, prepared);
        if (!outcome.ok) throw new Rollback(outcome.code);
        if (cmd.audit && (cmd.audit.onlyIf?.(input, outcome.data) ?? true)) {
          const verb = typeof cmd.audit.verb === "function" ? cmd.audit.verb(input, outcome.data) : cmd.audit.verb;
          const entity = cmd.audit.entity(input, outcome.data);
          const details = cmd.audit.details?.(input, outcome.data) ?? null;
          // The system actor is no user: its rows name none ("Systemet" in the log). A member command
          // is done by the member, never by a staff user who is signed in too.
          const callerId = isSystemActor(actor) ? null : (actor?.id ?? null);
          const actorUserId = member ? null : cmd.audit.actor ? cmd.audit.actor(input, outcome.data) : callerId;
          const actorMemberId = member ? member.memberId : (cmd.audit.memberActor?.(input, outcome.data) ?? null);
          await recordAudit({ actorUserId, actorMemberId, action: verb, entityType: entity.type, entityId: entity.id, details }, tx);
        }
        return outcome.data;
      }),
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    if (error.code === "DENIED") return refusal("DENIED", DENIED_MESSAGE);
    const text = cmd.refusals[error.code];
    if (text === undefined) throw new Error(`${cmd.name}: refusal ${error.code} has no message`);
    if (typeof text === "string") return refusal(error.code, text);
    return refusal(error.code, INVALID_INPUT, { fieldErrors: { [text.field]: [text.message] } });
  }

  const changes = cmd.invalidates?.(input, data) ?? [];
  if (cmd.after) {
    // The change is committed: a failing email must not turn it into an error for the caller.
    await cmd.after(input, data, actor).catch((error) => logFailure(`${cmd.name} (after commit)`, error));
  }
  startDelivery(cmd.name);
  return {
    result: { ok: true, data: cmd.result ? cmd.result(data) : undefined },
    changes,
    redirectTo: cmd.redirectTo?.(input, data),
  };
}

const NUL_MESSAGE = "Feltet indeholder et tegn, som ikke kan gemmes.";

/**
 * The top-level fields whose value holds a NUL character anywhere. PostgreSQL cannot store one in a
 * text column (SQLite can), so both databases refuse it here alike, before anything is read or written.
 */
function fieldsWithNul(value: unknown): string[] {
  const has = (v: unknown, depth = 0): boolean => {
    if (typeof v === "string") return v.includes("\u0000");
    if (depth > 8 || v === null || typeof v !== "object") return false;
    return Object.values(v as Record<string, unknown>).some((x) => has(x, depth + 1));
  };
  if (typeof value === "string") return has(value) ? ["input"] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => has(v))
    .map(([k]) => k);
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : "");
const isUnwritable = (error: unknown) => /SQLITE_READONLY|SQLITE_FULL|readonly database|database or disk is full/i.test(errorText(error));
/**
 * Another process holds SQLite's write lock (e.g. a second app process, a backup, a script). Prisma's
 * SQLite adapter reports SQLITE_BUSY as P1008 ("timed out"), with a message that no longer names it.
 */
const isBusy = (error: unknown) =>
  /SQLITE_BUSY|database is locked/i.test(errorText(error)) || (dbProvider === "sqlite" && (error as { code?: string } | null)?.code === "P1008");
/**
 * PostgreSQL runs transactions side by side (READ COMMITTED): two that each found no row and then
 * inserted the same unique value collide (P2002), and two that lock rows in opposite orders deadlock
 * (P2034, "deadlock detected"). Run again, the later one sees what the first committed.
 */
const isConflict = (error: unknown) =>
  ["P2002", "P2034"].includes((error as { code?: string } | null)?.code ?? "") ||
  /deadlock detected|could not serialize access/i.test(errorText(error));

const BUSY_RETRIES = [50, 150, 400];

/**
 * Runs the transaction again when SQLite answers "busy" (a transaction that read before another
 * process took the write lock cannot wait for it: SQLite refuses at once to avoid a deadlock) or
 * when it lost a race on PostgreSQL (isConflict). The whole transaction, which wrote nothing, is safe
 * to repeat.
 */
async function withBusyRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(isBusy(error) || isConflict(error)) || i >= BUSY_RETRIES.length) throw error;
      await new Promise((r) => setTimeout(r, BUSY_RETRIES[i] * (1 + Math.random())));
    }
  }
}

function failed(cmd: AnyCommand, error: unknown): Execution {
  logFailure(cmd.name, error);
  if (isUnwritable(error)) return refusal("UNAVAILABLE", UNAVAILABLE_MESSAGE);
  if (isBusy(error)) return refusal("BUSY", BUSY_MESSAGE);
  return refusal("ERROR", GENERIC_ERROR);
}

/**
 * Mails the run queued (lib/email/queue.ts) go out now, without holding the response; passes are
 * coalesced, and the timer and `npm run email:deliver` pick up whatever this misses.
 */
function startDelivery(name: string) {
  try {
    void deliverSoon();
  } catch (error) {
    logFailure(`${name} (email delivery)`, error);
  }
}

/** Names the command and the error's kind only: messages can carry input or personal data. */
function logFailure(where: string, error: unknown) {
  const e = error as { name?: string; code?: string } | null;
  console.error(`[command] ${where} failed: ${e?.name ?? "Error"}${e?.code ? ` ${e.code}` : ""}`);
}
