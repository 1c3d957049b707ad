import type { Metadata } from "next";
import { OrgNameLine } from "@/components/layout/org-name-line";
import Link from "next/link";
import { SetPasswordForm } from "@/components/users/set-password-form";
import { getInviteState } from "@/lib/users/data";
import { INVITE_TOKEN, RESET_LINK_STATE_MESSAGES } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Vælg ny adgangskode", robots: { index: false }, referrer: "no-referrer" };

/** Where a reset link ("Glemt adgangskode?") or an administrator's set-password link leads. */
export default async function NewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = INVITE_TOKEN.test(token) ? await getInviteState(token) : ({ state: "unknown" } as const);
  return (
    <main id="indhold" className="mx-auto max-w-md space-y-6 px-4 py-12">
      <OrgNameLine />
      {link.state === "valid" ? (
        <SetPasswordForm
          token={token}
          kind="reset"
          heading="Vælg en ny adgangskode"
          intro={<p>Hej {link.name}. Vælg den nye adgangskode, du vil logge ind med. Linket virker kun én gang.</p>}
        />
      ) : (
        <>
          <h1 className="text-3xl font-semibold">Vælg en ny adgangskode</h1>
          <p role="alert" className="rounded border-2 border-danger-700 bg-white px-4 py-3 font-medium text-danger-700">
            {RESET_LINK_STATE_MESSAGES[link.state]}
          </p>
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/login/glemt">Bed om et nyt link</Link>
            <Link href="/login">Gå til log ind</Link>
          </p>
        </>
      )}
    </main>
  );
}
