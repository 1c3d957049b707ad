// A member's own-page session in tests: the cookie jar that lib/member-session/cookie.ts reads and
// writes is replaced by one value here (vi.mock in the test file); everything below it — the session
// rows, the links, the commands — is real.
import { db } from "@/lib/db";
import type { MemberActor } from "@/lib/member-session/actor";
import { createMemberSession } from "@/lib/member-session/data";
import { hashToken } from "@/lib/users/tokens";

const jar = { token: null as string | null };

export const memberCookieMock = {
  MEMBER_COOKIE_PATH: "/min-side",
  readMemberSessionCookie: async () => jar.token,
  setMemberSessionCookie: async (token: string) => {
    jar.token = token;
  },
  clearMemberSessionCookie: async () => {
    jar.token = null;
  },
};

/** The browser's member cookie: set it to act as (a copy of) a session, null to have none. */
export function setMemberCookie(token: string | null) {
  jar.token = token;
}

export function memberCookie(): string | null {
  return jar.token;
}

/** Signs the member in directly (as the link would) and puts the session's cookie in the jar. */
export async function signInMember(memberId: string, now = new Date()): Promise<string> {
  const token = await db.$transaction((tx) => createMemberSession(tx, memberId, now));
  jar.token = token;
  return token;
}

/** A member with a real session row, as the pipeline's caller (for execute()). */
export async function memberActorOf(memberId: string): Promise<MemberActor> {
  const token = await db.$transaction((tx) => createMemberSession(tx, memberId, new Date()));
  const session = await db.memberSession.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { id: true } });
  return { kind: "member", memberId, sessionId: session.id };
}

/** The token of the newest Min side link mailed to `to` (sign-in or new email), read from the sealed mail as its recipient would. */
export async function memberLinkTokenFor(to: string, kind: "log-ind" | "ny-email" = "log-ind"): Promise<string> {
  const { unseal } = await import("@/lib/email/seal");
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to, sealedText: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true, sealedText: true },
  });
  const match = new RegExp(`/min-side/${kind}/([A-Za-z0-9_-]{43})`).exec(unseal(mail.sealedText!));
  if (!match) throw new Error(`the newest sealed mail to this address has no /min-side/${kind} link`);
  if (mail.text.includes(match[1])) throw new Error("the outbox copy shows the live link");
  return match[1];
}

export function tokenForm(token: string): FormData {
  const fd = new FormData();
  fd.set("token", token);
  return fd;
}
