import { CONFIRMATION_DAYS } from "@/lib/confirmations/rules";

/** What everyone is told after a public form: the same words whoever owns the address. */
export function CheckYourEmail({ what }: { what: string }) {
  return (
    <>
      <p>
        Vi har sendt en email til den adresse, du skrev. Åbn linket i emailen for at bekræfte {what}. Først når du har bekræftet, går vi videre med
        den.
      </p>
      <p>Linket virker i {CONFIRMATION_DAYS} dage. Kan du ikke finde emailen, så kig i din spam-mappe – eller ring til os, så hjælper vi dig.</p>
    </>
  );
}
