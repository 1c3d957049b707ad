import "server-only";
import { headers } from "next/headers";

/**
 * The caller's IP for the public forms' rate limits: the rightmost X-Forwarded-For entry. Next's own
 * server sets that header from the socket when a request arrives without it, and a reverse proxy
 * (TRUST_PROXY) appends the address it saw, so the rightmost entry is the nearest hop's view. A client
 * talking to Next directly can forge the header and dodge the per-IP limit, but the per-email limit
 * still holds, and nobody can make every visitor share one address (which would lock out the site).
 */
export async function clientIp(): Promise<string> {
  const h = await headers();
  const entries = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "unknown";
}
