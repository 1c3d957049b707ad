import type { Metadata } from "next";
import { MemberForm } from "@/components/signup/member-form";
import { PaymentInfo } from "@/components/signup/payment-info";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { becomeMember } from "@/lib/signup/actions";

// Static: the fee and payment details come from the settings, and a settings change revalidates every
// page (lib/cache/invalidate.ts). The form posts to a server action, with or without JavaScript.
export const metadata: Metadata = { title: "Bliv medlem" };

export default async function BecomeMemberPage() {
  const [settings, { orgName }] = await Promise.all([getSettings(), getIdentity()]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Bliv medlem</h1>
      <p>
        Kun medlemmer kan deltage i vores selvhjælpsgrupper. Som medlem støtter du også det frivillige arbejde. Du behøver ingen adgangskode – udfyld
        formularen, så sender vi en bekræftelse på email.
      </p>
      <p>Vil du i en bestemt gruppe, kan du også melde dig ind, når du søger om plads i gruppen.</p>
      <PaymentInfo feeOre={settings.membershipFeeOre} mobilePayNumber={settings.mobilePayNumber} bankAccount={settings.bankAccount} />
      <h2 className="text-2xl font-semibold">Dine oplysninger</h2>
      <MemberForm action={becomeMember} orgName={orgName} />
    </div>
  );
}
