import type { Metadata } from "next";
import { OrgNameLine } from "@/components/layout/org-name-line";
import Link from "next/link";
import { SetPasswordForm } from "@/components/users/set-password-form";
import { getInviteState } from "@/lib/users/data";
import { INVITE_STATE_MESSAGES, INVITE_TOKEN } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Vælg adgangskode", robots: { index: false }, referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = INVITE_TOKEN.test(token) ? await getInviteState(token) : ({ state: "unknown" } as const);
  return (
    <main id="indhold" className="mx-auto max-w-md space-y-6 px-4 py-12">
      <OrgNameLine />
      {invite.state === "valid" ? (
        <SetPasswordForm
          token={token}
          kind="invite"
          heading="Vælg din adgangskode"
          intro={<p>Velkommen, {invite.name}. Vælg den adgangskode, du vil logge ind med. Linket virker kun én gang.</p>}
        />
      ) : (
        <>
          <h1 className="text-3xl font-semibold">Vælg din adgangskode</h1>
          <p role="alert" className="rounded border-2 border-danger-700 bg-white px-4 py-3 font-medium text-danger-700">
            {INVITE_STATE_MESSAGES[invite.state]}
          </p>
          <p>
            <Link href="/login">Gå til log ind</Link>
          </p>
        </>
      )}
    </main>
  );
}
