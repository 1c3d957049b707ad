import Link from "next/link";
import { OrgNameLine } from "@/components/layout/org-name-line";
import { LoginForm } from "@/components/users/login-form";

/** The login page: the same whether it is the static page or rendered for a callback address or an error. */
export function LoginView({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string | null }) {
  return (
    <main id="indhold" className="mx-auto max-w-md px-4 py-12">
      <OrgNameLine className="mb-2 text-lg font-semibold text-brand-800" />
      <h1 className="mb-6 text-3xl font-semibold">Log ind</h1>
      <p className="mb-6">For koordinatorer og igangsættere. Er du ny, får du en invitation på mail fra en koordinator.</p>
      <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
      <p className="mt-6">
        <Link href="/login/glemt" prefetch={false}>
          Glemt adgangskode?
        </Link>
      </p>
    </main>
  );
}
