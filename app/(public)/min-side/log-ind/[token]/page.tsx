import type { Metadata } from "next";
import Link from "next/link";
import { TokenButtonForm } from "@/components/self-service/token-button-form";
import { MEMBER_LINK_MESSAGES } from "@/lib/member-session/rules";
import { memberLinkStateOf } from "@/lib/self-service/link-state";
import { signInWithLink } from "@/lib/self-service/actions";

export const metadata: Metadata = { title: "Log ind på Min side", robots: { index: false }, referrer: "no-referrer" };

/** The page a sign-in email links to. Opening it signs nobody in (mail scanners open links): the button does. */
export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await memberLinkStateOf(token, "SIGN_IN");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Log ind på Min side</h1>
      {state === "valid" ? (
        <>
          <p>Tryk på knappen for at logge ind. Linket virker kun én gang.</p>
          <TokenButtonForm token={token} action={signInWithLink} label="Log ind" pendingLabel="Logger ind …" />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border-2 border-danger-700 bg-white px-4 py-3 font-medium text-danger-700">
            {MEMBER_LINK_MESSAGES[state]}
          </p>
          <p>
            <Link href="/min-side">Bed om et nyt link</Link>
          </p>
        </>
      )}
    </div>
  );
}
