import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { clearAllTables } from "../helpers/db-tables";
import { signInAs } from "../helpers/request";
import type { AuthzRow } from "./authorization/types";
import { createAuthzWorld } from "./authorization/world";

/**
 * One table over EVERY admin and facilitator server action. Rows live beside this file in
 * authorization/*.rows.ts, one file per feature. Every export of every lib/**\/actions.ts that is not
 * listed in PUBLIC_ACTIONS must have a row, or this test fails.
 */
const rowModules = import.meta.glob<{ rows: AuthzRow[] }>("./authorization/*.rows.ts", { eager: true });
const rows: AuthzRow[] = Object.values(rowModules).flatMap((m) => m.rows);

const actionModules = import.meta.glob<Record<string, unknown>>("../../lib/**/actions.ts", { eager: true });

/** Public forms (protected by honeypot and rate limit instead of a role). */
const PUBLIC_ACTIONS = new Set<string>([
  "lib/signup/actions#becomeMember",
  "lib/signup/actions#applyToGroup",
  "lib/interest/actions#registerInterest",
  "lib/users/actions#acceptInvite", // holder of a one-time invite link (256-bit token) sets a password
  "lib/users/actions#resetPassword", // the same, from a reset link or an administrator's set-password link
  "lib/users/actions#requestPasswordReset", // "Glemt adgangskode?": same answer for every address (users-password-reset.test.ts)
  // Holder of a one-time confirmation link (256-bit token) confirms a submission (tests/integration/confirmations.test.ts).
  "lib/confirmations/actions#confirmSubmission",
  // Anyone may sign out: it ends only the caller's own session (tests/integration/users-sessions.test.ts),
  // and without one it just clears the cookie and goes to the login page.
  "lib/users/actions#signOut",
  // A member's own page ("Min side"): asking for a link is public (same answer for every address), the
  // link pages take the holder of a one-time link, and the rest run only as the member of a member
  // session — never as a staff user. Their table of callers is tests/integration/self-service-*.test.ts.
  "lib/self-service/actions#requestSignInLink",
  "lib/self-service/actions#signInWithLink",
  "lib/self-service/actions#confirmEmailChange",
  "lib/self-service/actions#signOut",
  "lib/self-service/actions#updateContact",
  "lib/self-service/actions#requestEmailChange",
  "lib/self-service/actions#renewMembership",
  "lib/self-service/actions#withdrawApplication",
  "lib/self-service/actions#withdrawConsent",
  "lib/self-service/actions#removeInterest",
  "lib/self-service/actions#requestErasure",
  "lib/self-service/actions#cancelErasure",
]);

function allActionNames(): string[] {
  return Object.entries(actionModules).flatMap(([file, mod]) => {
    const key = path
      .normalize(file)
      .replace(/^(\.\.\/)+/, "")
      .replace(/\.ts$/, "");
    return Object.entries(mod)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => `${key}#${name}`);
  });
}

type Verdict = "refused" | "allowed" | { unexpected: string };

/**
 * Refused: the action answered with a sign-in or no-access refusal. Allowed: it succeeded (ok, or a
 * redirect). Anything else — a validation refusal, another refusal code, a thrown error — is neither,
 * so an action broken by bad input fails the allowed rows instead of passing as "did not throw".
 */
async function verdict(row: AuthzRow, world: Awaited<ReturnType<typeof createAuthzWorld>>): Promise<Verdict> {
  try {
    const result = (await row.call(world)) as { ok?: boolean; code?: string; message?: string } | undefined;
    if (result?.ok === true) return "allowed";
    if (result?.ok === false && (result.code === "SIGNED_OUT" || result.code === "DENIED")) return "refused";
    return { unexpected: JSON.stringify(result) };
  } catch (error) {
    // redirect() is Next's control flow after a successful form post.
    if (error instanceof Error && /NEXT_REDIRECT/.test(error.message)) return "allowed";
    throw error;
  }
}

const clearDatabase = clearAllTables;

describe("authorisation of every server action", () => {
  beforeEach(clearDatabase);

  it("has a row for every exported action, and every row names a real export", () => {
    const names = allActionNames();
    const listed = new Set(rows.map((r) => r.action));
    const missing = names.filter((n) => !listed.has(n) && !PUBLIC_ACTIONS.has(n));
    const unknown = [...listed].filter((n) => !names.includes(n));
    expect(missing, "actions without a row in tests/integration/authorization/*.rows.ts").toEqual([]);
    expect(unknown, "rows that name no exported action").toEqual([]);
  });

  const cases = rows.flatMap((row) => [
    { row, who: "anonymous" as const, refused: true },
    { row, who: "facilitator of another group" as const, refused: row.allowed !== "USER" },
    { row, who: "facilitator of the group" as const, refused: row.allowed === "ADMIN" },
    { row, who: "administrator" as const, refused: false },
  ]);

  it.each(cases.map((c) => [c.row.action, c.who, c.refused ? "refused" : "allowed", c] as const))(
    "%s as %s → %s",
    async (_action, _who, _expect, c) => {
      const world = await createAuthzWorld();
      const userId = {
        anonymous: null,
        "facilitator of another group": world.facilitatorB.user.id,
        "facilitator of the group": world.facilitatorA.user.id,
        administrator: world.admin.id,
      }[c.who];
      signInAs(userId);
      expect(await verdict(c.row, world)).toBe(c.refused ? "refused" : "allowed");
    },
  );
});
