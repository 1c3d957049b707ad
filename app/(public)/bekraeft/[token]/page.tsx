import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmForm } from "@/components/confirmations/confirm-form";
import { getLinkState } from "@/lib/confirmations/data";
import { CONFIRMATION_TOKEN, LINK_STATE_MESSAGES, PURPOSE_BUTTON, purposeQuestion } from "@/lib/confirmations/rules";
import { getIdentity } from "@/lib/settings/data";

export const metadata: Metadata = { title: "Bekræft", robots: { index: false }, referrer: "no-referrer" };

/** The page a confirmation email links to. It shows what is confirmed, never whose it is. */
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = CONFIRMATION_TOKEN.test(token) ? await getLinkState(token) : ({ state: "unknown", purpose: null } as const);
  const { orgName } = await getIdentity();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Bekræft din henvendelse</h1>
      {link.state === "valid" && link.purpose ? (
        <>
          <p>{purposeQuestion(link.purpose, orgName)}</p>
          <p>Tryk på knappen for at bekræfte, at det er dig. Er det ikke dig, skal du ikke gøre noget – så sletter vi oplysningerne igen.</p>
          <ConfirmForm token={token} label={PURPOSE_BUTTON[link.purpose]} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border-2 border-danger-700 bg-white px-4 py-3 font-medium text-danger-700">
            {LINK_STATE_MESSAGES[link.state === "valid" ? "unknown" : link.state]}
          </p>
          <p>
            <Link prefetch={false} href="/">
              Gå til forsiden
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
