import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { servedOverHttps } from "@/security-headers.mjs";
import { clientIpFromHeaders } from "@/lib/request-ip";
import { authenticate } from "./login";
import { safeCallbackPath } from "./schema";

import { SESSION_MAX_AGE_SECONDS } from "./session-age";

export { SESSION_MAX_AGE_SECONDS };

export const authOptions: NextAuthOptions = {
  // Secure ("__Secure-" prefixed) cookies exactly when the site is served over https.
  useSecureCookies: servedOverHttps(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email og adgangskode",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Adgangskode", type: "password" },
      },
      async authorize(credentials, req) {
        const ip = clientIpFromHeaders(req?.headers);
        const result = await authenticate(credentials?.email, credentials?.password, ip);
        // next-auth puts the message in `error` of the sign-in response: "Throttled", "Busy" or "CredentialsSignin".
        if (!result.ok) throw new Error(result.code);
        return { id: result.user.id, name: result.user.name, email: result.user.email };
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      const { endSessionOfToken } = await import("@/lib/users/sign-out-event");
      await endSessionOfToken(token);
    },
  },
  // next-auth's own logger prints the error's message and metadata, which can carry what the caller
  // sent (a callback URL, a provider's error text): only the code goes to the log.
  logger: {
    error: (code) => console.error(`[next-auth] error ${String(code).slice(0, 60)}`),
    warn: (code) => console.warn(`[next-auth] warning ${String(code).slice(0, 60)}`),
    debug: () => undefined,
  },
  callbacks: {
    // Every redirect next-auth makes (after sign-in, after sign-out) goes through the same
    // same-origin check as the login form; anything else — or a value that does not parse — goes to
    // /admin instead of failing the request.
    async redirect({ url, baseUrl }) {
      const origin = new URL(baseUrl).origin;
      return `${origin}${safeCallbackPath(url, origin, { allowLogin: true })}`;
    },
    // Only the user id, the sign-in time and a random session id travel in the token; role and
    // activity are read from the database per request. The sign-in time caps a session at 8 hours
    // even though next-auth renews the cookie on every visit; the session id lets sign-out end this
    // session on the server (lib/auth/sessions.ts), not only in the browser that signed out.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.authTime = Math.floor(Date.now() / 1000);
        token.sid = randomBytes(18).toString("base64url");
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: { id: token.sub, name: session.user?.name, email: session.user?.email },
        authTime: typeof token.authTime === "number" ? token.authTime : 0,
        sid: typeof token.sid === "string" ? token.sid : null,
      };
    },
  },
};
