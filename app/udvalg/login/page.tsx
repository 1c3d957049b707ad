import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginView } from "@/components/users/login-view";
import { getSession } from "@/lib/auth/session";
import { loginErrorMessage } from "@/lib/auth/schema";

// /login rendered per request: reached through next.config.mjs's rewrite (lib/cache/public-rewrites.mjs), for a browser
// that carries a session cookie or a link with ?callbackUrl= or ?error=.
export const metadata: Metadata = { title: "Log ind", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string; error?: string }>;

export default async function LoginForRequestPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  if (await getSession()) redirect("/admin");
  return <LoginView callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} initialError={loginErrorMessage(error)} />;
}
