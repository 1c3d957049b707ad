import type { Metadata } from "next";
import Link from "next/link";
import { TokenButtonForm } from "@/components/self-service/token-button-form";
import { MEMBER_LINK_MESSAGES } from "@/lib/member-session/rules";
import { memberLinkStateOf } from "@/lib/self-service/link-state";
import { confirmEmailChange } from "@/lib/self-service/actions";

export const metadata: Metadata = { title: "Bekræft ny email", robots: { index: false }, referrer: "no-referrer" };

/** The page the new address's email links to. It shows nothing about the member; the button confirms. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await memberLinkStateOf(token, "EMAIL_CHANGE");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Bekræft din nye email</h1>
      {state === "valid" ? (
        <>
          <p>Tryk på knappen for at bruge denne emailadresse på dit medlemskab fremover.</p>
          <TokenButtonForm token={token} action={confirmEmailChange} label="Bekræft ny email" pendingLabel="Bekræfter …" />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border-2 border-danger-700 bg-white px-4 py-3 font-medium text-danger-700">
            {MEMBER_LINK_MESSAGES[state]}
          </p>
          <p>
            <Link href="/min-side">Gå til Min side</Link>
          </p>
        </>
      )}
    </div>
  );
}
