import Link from "next/link";
import { ButtonLink } from "@/components/forms/buttons";
import type { AgeBandValue } from "@/lib/groups/labels";
import { interestHref } from "@/lib/interest/links";
import type { Topic } from "@/lib/topics/topics";

type Props = { slug: string; topic: Topic; ageBand: AgeBandValue; takesNewcomers: boolean };

/** The way in from a group page: apply when the group takes newcomers, otherwise the interest list. */
export function ApplyCallToAction({ slug, topic, ageBand, takesNewcomers }: Props) {
  if (takesNewcomers) {
    return (
      <section aria-labelledby="apply-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-5">
        <h2 id="apply-heading" className="text-2xl font-semibold text-brand-800">
          Vil du være med?
        </h2>
        <p>
          Du søger om plads med en kort formular. Er du ikke medlem endnu, bliver du det i samme omgang. Derefter ringer en koordinator til dig til en
          kort samtale.
        </p>
        <ButtonLink href={`/grupper/${slug}/ansoeg`}>Søg om plads i gruppen</ButtonLink>
      </section>
    );
  }
  return (
    <section aria-labelledby="apply-heading" className="space-y-3 rounded-lg border border-sand-200 bg-sand-100 p-5">
      <h2 id="apply-heading" className="text-2xl font-semibold">
        Gruppen tager ikke nye deltagere lige nu
      </h2>
      <p>Skriv dig på interesselisten, så kontakter vi dig, når der er plads i en gruppe om samme emne – eller når vi starter en ny.</p>
      <p>
        <Link prefetch={false} href={interestHref(topic, ageBand)}>
          Skriv dig på interesselisten
        </Link>
      </p>
    </section>
  );
}
