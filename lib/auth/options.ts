import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./login";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
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
        const result = await authenticate(credentials?.email ?? "", credentials?.password ?? "", ip);
        if (!result.ok) throw new Error(result.code);
        return { id: result.user.id, name: result.user.name, email: result.user.email };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; role and activity are read from the database per request.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { id: token.sub, name: session.user?.name, email: session.user?.email } };
    },
  },
};

function clientIpFromHeaders(headers: Record<string, string | string[] | undefined> | undefined): string {
  if (!headers) return "unknown";
  const trust = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
  const forwarded = headers["x-forwarded-for"];
  if (trust && forwarded) return String(Array.isArray(forwarded) ? forwarded[0] : forwarded).split(",")[0].trim();
  const real = headers["x-real-ip"];
  return real ? String(real) : "local";
}
