import "server-only";
import { getServerSession } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { servedOverHttps } from "@/security-headers.mjs";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";
import { epochSeconds } from "./session-age";
import { SESSION_COOKIES } from "./session-cookies.mjs";

export type SessionToken = { userId: string; authTime: number; sessionId: string };

/**
 * The signed-in user's id, sign-in time and session id from the next-auth JWT, or null (also for a
 * token without a session id, signed in before sessions had one). The one place that reads
 * the session cookie; tests replace this module to act as a given user (tests/helpers/request.ts).
 * A session older than SESSION_MAX_AGE_SECONDS since sign-in counts as signed out, however often
 * next-auth has renewed the cookie.
 */
export async function readSessionToken(): Promise<SessionToken | null> {
  const session = (await getServerSession(authOptions)) as { user?: { id?: string }; authTime?: number; sid?: string | null } | null;
  const userId = session?.user?.id;
  const sessionId = session?.sid;
  if (!userId || !sessionId) return null;
  const authTime = session?.authTime ?? 0;
  return epochSeconds() - authTime <= SESSION_MAX_AGE_SECONDS ? { userId, authTime, sessionId } : null;
}

export { SESSION_COOKIES };

/**
 * Gives the current browser's session a fresh sign-in time, after its user changed their own
 * password: this session stays signed in, while every other session of the account (signed in before
 * the change) is rejected by getSession. Only called from a server action (cookies can be set there).
 */
export async function renewSessionToken(): Promise<void> {
  // The secret next-auth itself reads; scripts/start.mjs always sets it.
  const secret = process.env.NEXTAUTH_SECRET;
  const store = await cookies();
  const name = SESSION_COOKIES.find((n) => store.get(n));
  if (!secret || !name) return;
  const token = await decode({ token: store.get(name)!.value, secret }).catch(() => null);
  if (!token?.sub) return;
  const value = await encode({ token: { ...token, authTime: epochSeconds() }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Removes the session cookie from this browser (after the session was ended on the server). */
export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  // Set expired rather than delete(): a "__Secure-" cookie is only replaced by one marked Secure.
  for (const name of SESSION_COOKIES) {
    if (store.get(name)) store.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: 0 });
  }
}

/**
 * Signs the browser in as `user` (the login form's server action): the same JWT session cookie
 * next-auth's credentials callback sets — user id, name, email and the sign-in time.
 */
export async function startSession(user: { id: string; name: string; email: string }): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  // next-auth's rule: secure, "__Secure-" prefixed cookies when the site runs on https.
  const secure = servedOverHttps();
  const name = secure ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
  const value = await encode({
    // The same claims as next-auth's jwt callback (lib/auth/options.ts): a fresh session id lets
    // sign-out end this session on the server.
    token: { sub: user.id, name: user.name, email: user.email, authTime: epochSeconds(), sid: randomBytes(18).toString("base64url") },
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
}
