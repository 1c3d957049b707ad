import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";

/**
 * The largest request body the site takes: experimental.serverActions.bodySizeLimit in next.config.mjs
 * ("1mb", 1 MiB; tests/unit/proxy.test.ts keeps the two equal). Next itself answers a server action
 * over that limit with a 500 and an English error, so the proxy answers first with a 413 in Danish.
 */
export const BODY_SIZE_LIMIT = 1024 * 1024;
export const TOO_LARGE_MESSAGE = "Det, du har sendt, fylder for meget (højst 1 MB). Gør det kortere, og prøv igen.";

// Only the first door: every admin page, data function and server action checks the role itself.
const signInFirst = withAuth({ pages: { signIn: "/login" } });

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (await bodyTooLarge(request)) {
    return new NextResponse(TOO_LARGE_MESSAGE, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { pathname } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return signInFirst(request as NextRequestWithAuth, event);
  return NextResponse.next();
}

/** A declared Content-Length over the limit, or a chunked body that turns out to pass it. */
export async function bodyTooLarge(request: Request, limit = BODY_SIZE_LIMIT): Promise<boolean> {
  if (request.method === "GET" || request.method === "HEAD") return false;
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > limit;
  if (!request.body) return false;
  // No length given (chunked): count what arrives and stop at the first byte past the limit. Next hands
  // the proxy a copy of the body (at most experimental.proxyClientMaxBodySize), so the page still gets its own.
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return true;
    }
  }
}

// /admin as before (sign-in first); elsewhere only requests that carry a body, so the proxy never runs for
// an ordinary page view or a static file (and static pages stay static either way).
export const config = {
  matcher: [
    "/admin/:path*",
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
