import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * What a signed-in caller gets on an admin page:
 * - "ok": 200;
 * - "refused": sent to /admin/ingen-adgang, or 404 (e.g. a facilitator opening another's group);
 * - { redirect }: sent on to another page (e.g. the dashboard sends facilitators to "Mine grupper").
 * Anonymous callers are always sent to /login; that needs no entry.
 */
export type RouteOutcome = "ok" | "refused" | { redirect: string };

export type RouteContext = {
  db: PrismaClient;
  admin: { userId: string };
  /** A FACILITATOR with a completed course and a known password, no group unless a params() adds one. */
  facilitator: { userId: string; facilitatorId: string };
};

export type RouteExpectation = {
  /** The page's route as its folder path, e.g. "/admin/indhold/[slug]" (route groups left out). */
  route: string;
  facilitator: RouteOutcome;
  admin: RouteOutcome;
  /** Values for the dynamic segments; may create the records they point to. */
  params?: (ctx: RouteContext) => Promise<Record<string, string>>;
};

export const adminOnly = (route: string, params?: RouteExpectation["params"]): RouteExpectation => ({
  route,
  facilitator: "refused",
  admin: "ok",
  params,
});

export const anyUser = (route: string, params?: RouteExpectation["params"]): RouteExpectation => ({
  route,
  facilitator: "ok",
  admin: "ok",
  params,
});
