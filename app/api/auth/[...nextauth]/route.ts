import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/schema";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers a callbackUrl query it cannot parse (e.g. "http://localhost:3000.evil.example")
 * with an HTTP 500 on its JSON endpoints. The value is reduced to a same-origin path first (the rule
 * the redirect callback applies anyway), so every request gets a normal answer.
 */
async function handle(req: NextRequest, context: Context) {
  // next-auth answers a GET of the credentials callback (only POST signs in) with an HTTP 500.
  const [action, provider] = (await context.params).nextauth ?? [];
  if (req.method === "GET" && action === "callback" && provider === "credentials") {
    return new Response(null, { status: 303, headers: { Location: "/login", "Cache-Control": "no-store" } });
  }
  const callbackUrl = req.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl === null) return handler(req, context);
  const url = req.nextUrl.clone();
  url.searchParams.set("callbackUrl", safeCallbackPath(callbackUrl, url.origin, { allowLogin: true }));
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const clean = new NextRequest(url, { method: req.method, headers: req.headers, body: hasBody ? await req.arrayBuffer() : undefined });
  return handler(clean, context);
}

export { handle as GET, handle as POST };
