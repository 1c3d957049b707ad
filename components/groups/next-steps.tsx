import Link from "next/link";
import { formatKroner } from "@/lib/format";
import type { PublicGroup } from "@/lib/groups/catalogue";

type Props = { group: PublicGroup; feeOre: number; coordinatorEmail: string; orgName: string };

/** What happens when someone wants to join this group, in order. */
export function NextSteps({ group, feeOre, coordinatorEmail, orgName }: Props) {
  return (
    <section aria-labelledby="next-heading" className="space-y-3">
      <h2 id="next-heading" className="text-2xl font-semibold text-brand-800">
        Hvad sker der, hvis du vil være med?
      </h2>
      {group.takesNewcomers ? null : (
        <p className="rounded border border-sand-200 bg-sand-100 p-3">
          Gruppen tager ikke imod nye deltagere lige nu. Du kan{" "}
          <Link prefetch={false} href="/grupper?aaben=1">
            se grupper, der har plads
          </Link>
          , eller{" "}
          <Link prefetch={false} href="/interesse">
            skrive dig på interesselisten
          </Link>
          .
        </p>
      )}
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          Du bliver medlem af {orgName}. Det koster {formatKroner(feeOre)} om året og er gratis for børn og unge under 18 år.
        </li>
        <li>Du søger om en plads i gruppen og giver samtykke til tavshedspligt og til, at vi må behandle dine oplysninger.</li>
        <li>Du får en samtale med os, inden du starter, så vi sammen kan finde ud af, om gruppen passer til dig.</li>
        <li>Du får besked, når der er plads, og om hvornår gruppen mødes næste gang.</li>
      </ol>
      {coordinatorEmail ? (
        <p>
          Har du spørgsmål, er du velkommen til at skrive til os på <a href={`mailto:${coordinatorEmail}`}>{coordinatorEmail}</a>.
        </p>
      ) : null}
    </section>
  );
}
