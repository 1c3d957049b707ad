import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { INTERNAL_PREFIX, internalRouteAllowed } from "@/lib/cache/public-routes";
import { isKnownGroupSlug } from "@/lib/groups/known-slugs";

/**
 * The largest request body the site takes: experimental.serverActions.bodySizeLimit in next.config.mjs
 * ("1mb", 1 MiB; tests/unit/proxy.test.ts keeps the two equal). Next itself answers a server action
 * over that limit with a 500 and an English error, so the proxy answers first with a 413 in Danish.
 */
export const BODY_SIZE_LIMIT = 1024 * 1024;
export const TOO_LARGE_MESSAGE = "Det, du har sendt, fylder for meget (højst 1 MB). Gør det kortere, og prøv igen.";

/**
 * A group page's slug as the site makes them (lib/groups/slug.ts: lowercase letters, digits and single
 * hyphens, at most 60 characters, plus a "-N" suffix when taken). Anything else cannot be a group.
 */
export const GROUP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const GROUP_SLUG_MAX_LENGTH = 70;

/** The page proxy.ts shows for a group that does not exist: built once, a 404 (app/(public)/ukendt-gruppe). */
export const UNKNOWN_GROUP_PATH = "/ukendt-gruppe";

/**
 * The slug of a /grupper/<slug> path that cannot name a group, or null. Such requests are answered
 * here with a 404, before the page renders: an ISR page stores every path it renders, a 404 too,
 * so random slugs would otherwise each leave files in the page cache (and a very long one fails
 * with ENAMETOOLONG).
 */
export function malformedGroupSlug(pathname: string): string | null {
  const slug = groupSlugOf(pathname);
  return slug !== null && (slug.length > GROUP_SLUG_MAX_LENGTH || !GROUP_SLUG.test(slug)) ? slug : null;
}

/** The slug of /grupper/<slug> and /grupper/<slug>/ansoeg (both cached per group), or null. */
function groupSlugOf(pathname: string): string | null {
  const m = /^\/grupper\/([^/]+)(?:\/ansoeg)?\/?$/.exec(pathname);
  return m ? m[1] : null;
}

/**
 * Whether /grupper/<slug> is answered with the built 404 page instead of the group page: a slug the
 * site can never make, or a well-formed one that no group has (checked against the list of slugs
 * kept in this process, lib/groups/known-slugs.ts; a slug not in it is looked up on its own). When the
 * list cannot be read, the page decides as before.
 */
async function unknownGroup(pathname: string): Promise<boolean> {
  const slug = groupSlugOf(pathname);
  return slug !== null && unknownSlug(slug);
}

/** /grupper/<slug>/kalender.ics, the group's calendar file (cached like the page): its slug, or null. */
export function calendarSlugOf(pathname: string): string | null {
  const m = /^\/grupper\/([^/]+)\/kalender\.ics$/.exec(pathname);
  return m ? m[1] : null;
}

async function unknownSlug(slug: string): Promise<boolean> {
  if (slug.length > GROUP_SLUG_MAX_LENGTH || !GROUP_SLUG.test(slug)) return true;
  try {
    return !(await isKnownGroupSlug(slug));
  } catch (error) {
    console.error(`[proxy] group slug check failed: ${(error as Error | null)?.name ?? "Error"}`);
    return false;
  }
}

// Only the first door: every admin page, data function and server action checks the role itself.
const signInFirst = withAuth({ pages: { signIn: "/login" } });

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  if (await bodyTooLarge(request)) {
    return new NextResponse(TOO_LARGE_MESSAGE, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { pathname } = request.nextUrl;
  // The internal routes that next.config.mjs's rewrites lead to, asked for by their own address: only
  // the bounded set of cached copies, or the page would store a copy for any path a stranger makes up.
  if (isInternal(pathname) && !internalRouteAllowed(pathname)) return notFound("Siden findes ikke.");
  if (await unknownGroup(pathname)) return NextResponse.rewrite(new URL(UNKNOWN_GROUP_PATH, request.url));
  const calendarSlug = calendarSlugOf(pathname);
  if (calendarSlug !== null && (await unknownSlug(calendarSlug))) {
    return notFound("Kalenderen findes ikke.");
  }
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return signInFirst(request as NextRequestWithAuth, event);
  return NextResponse.next();
}

function isInternal(pathname: string): boolean {
  return pathname === INTERNAL_PREFIX || pathname.startsWith(`${INTERNAL_PREFIX}/`);
}

function notFound(text: string): NextResponse {
  return new NextResponse(text, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
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

// /admin as before (sign-in first); group pages, their application forms and calendar files for the
// slug check; the internal routes under /udvalg when asked for by their own address (next.config.mjs's
// rewrites to them come after the proxy, so it never sees those); elsewhere only requests that carry a
// body. So the proxy never runs for another page view or a static file: the catalogue, the interest form
// and /login, filtered or not, are answered from the page cache without it. (Next reads this object at
// build time: it must be written out.)
export const config = {
  matcher: [
    "/admin/:path*",
    "/grupper/:slug",
    "/grupper/:slug/ansoeg",
    "/grupper/:slug/kalender.ics",
    "/udvalg/:path*",
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!_next/static|_next/image).*)", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
