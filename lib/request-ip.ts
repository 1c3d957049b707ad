import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | null | undefined;

/**
 * The caller's address, the one rule for every per-IP limit (sign-in and the command pipeline), or
 * null when it cannot be trusted.
 *
 * Without TRUST_PROXY no forwarded header is believed: any caller can write X-Forwarded-For, and
 * Next gives route handlers and actions no socket address. Callers then fall back to their
 * per-account / per-email limits. With TRUST_PROXY, each trusted proxy appends the address it saw
 * to X-Forwarded-For, so the entry TRUST_PROXY_HOPS from the right (default 1: the rightmost) is what
 * the outermost trusted proxy saw; everything left of it the client may have written. An entry that
 * is not a plain IP address counts as unknown.
 */
export function forwardedClientIp(source: HeaderSource, trust: { trustProxy: boolean; hops: number }): string | null {
  if (!source || !trust.trustProxy) return null;
  const value = source instanceof Headers ? source.get("x-forwarded-for") : source["x-forwarded-for"];
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  const entries = raw.split(",").map((s) => s.trim());
  const entry = entries.length >= trust.hops ? entries[entries.length - trust.hops] : "";
  return entry && isIP(entry) ? entry : null;
}

/** For next-auth's authorize(), which gets the request headers as a plain object. */
export function clientIpFromHeaders(source: HeaderSource): string | null {
  const { TRUST_PROXY, TRUST_PROXY_HOPS } = env();
  return forwardedClientIp(source, { trustProxy: TRUST_PROXY, hops: TRUST_PROXY_HOPS });
}

/** The current request's caller (server actions, route handlers, pages). */
export async function clientIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}
