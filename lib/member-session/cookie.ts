import "server-only";
// The one place that reads and writes the cookie of a member's own page ("Min side"). Tests replace
// this module to act as a member (tests/helpers/member-session.ts).
//
// The cookie holds a random token (256 bits) and nothing else; the server keeps only its hash
// (MemberSession), so the cookie carries no claims to sign or seal, and ending the row ends the session
// wherever a copy of the cookie is. httpOnly, SameSite=Lax, Secure on https, and sent only to /min-side.
import { cookies } from "next/headers";
import { servedOverHttps } from "@/security-headers.mjs";
import { SESSION_MAX_AGE_SECONDS } from "./rules";

export const MEMBER_COOKIE_PATH = "/min-side";
const cookieName = (secure: boolean) => (secure ? "__Secure-minside" : "minside");

export async function readMemberSessionCookie(): Promise<string | null> {
  const store = await cookies();
  return store.get(cookieName(servedOverHttps()))?.value ?? null;
}

export async function setMemberSessionCookie(token: string): Promise<void> {
  const secure = servedOverHttps();
  (await cookies()).set(cookieName(secure), token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: MEMBER_COOKIE_PATH,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function clearMemberSessionCookie(): Promise<void> {
  const secure = servedOverHttps();
  // Set expired rather than delete(): a "__Secure-" cookie is only replaced by one marked Secure.
  (await cookies()).set(cookieName(secure), "", { httpOnly: true, sameSite: "lax", secure, path: MEMBER_COOKIE_PATH, maxAge: 0 });
}
