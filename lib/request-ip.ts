import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The caller's IP for rate limits. X-Forwarded-For is trusted only with TRUST_PROXY=1. */
export async function clientIp(): Promise<string> {
  const h = await headers();
  if (env().TRUST_PROXY) {
    const forwarded = h.get("x-forwarded-for");
    if (forwarded) return forwarded.split(",")[0].trim();
  }
  return h.get("x-real-ip") ?? "local";
}
