import { formatKroner } from "@/lib/format";

type Props = { feeOre: number; mobilePayNumber: string; bankAccount: string };

/** The yearly fee and how to pay it, from the organisation's settings. */
export function PaymentInfo({ feeOre, mobilePayNumber, bankAccount }: Props) {
  return (
    <div className="space-y-2 rounded border border-sand-200 bg-sand-100 p-4">
      <h2 className="text-xl font-semibold">Kontingent</h2>
      <p>
        Medlemskab koster <strong>{formatKroner(feeOre)} om året</strong>. Børn og unge under 18 år betaler ikke.
      </p>
      {mobilePayNumber || bankAccount ? (
        <ul className="list-disc space-y-1 pl-6">
          {mobilePayNumber ? <li>MobilePay: {mobilePayNumber}</li> : null}
          {bankAccount ? <li>Bankoverførsel til konto {bankAccount}</li> : null}
        </ul>
      ) : (
        <p>Vi fortæller dig, hvordan du betaler, når vi har modtaget din indmeldelse.</p>
      )}
      <p className="text-base text-muted">Skriv dit navn ved betalingen, så vi kan se, at det er fra dig.</p>
    </div>
  );
}
