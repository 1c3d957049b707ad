import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/users/login-form";
import { getSession } from "@/lib/auth/session";
import { loginErrorMessage } from "@/lib/auth/schema";

export const metadata: Metadata = { title: "Log ind", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string; error?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  if (await getSession()) redirect("/admin");
  return (
    <main id="indhold" className="mx-auto max-w-md px-4 py-12">
      <p className="mb-2 text-lg font-semibold text-brand-800">Selvhjælp Herning</p>
      <h1 className="mb-6 text-3xl font-semibold">Log ind</h1>
      <p className="mb-6">For koordinatorer og igangsættere. Er du ny, får du en invitation på mail fra en koordinator.</p>
      <LoginForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} initialError={loginErrorMessage(error)} />
      <p className="mt-6">
        <Link href="/login/glemt">Glemt adgangskode?</Link>
      </p>
    </main>
  );
}
