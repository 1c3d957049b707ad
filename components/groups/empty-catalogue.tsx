import Link from "next/link";
import { catalogueHref, type CatalogueFilter } from "@/lib/groups/filters";
import { ageBandLabel, ageBandSlug, stateLabel, weekdayLabel } from "@/lib/groups/labels";

type Removal = { label: string; without: Partial<CatalogueFilter> };

function removals(filter: CatalogueFilter): Removal[] {
  const list: Removal[] = [];
  if (filter.q) list.push({ label: `søgningen “${filter.q}”`, without: { q: undefined } });
  if (filter.topic) list.push({ label: `emnet ${filter.topic.label.toLocaleLowerCase("da")}`, without: { topic: undefined } });
  if (filter.ageBand) list.push({ label: `aldersgruppen ${ageBandLabel[filter.ageBand].toLocaleLowerCase("da")}`, without: { ageBand: undefined } });
  if (filter.weekday) list.push({ label: `dagen ${weekdayLabel[filter.weekday].toLocaleLowerCase("da")}`, without: { weekday: undefined } });
  if (filter.state) list.push({ label: `fasen “${stateLabel[filter.state].toLocaleLowerCase("da")}”`, without: { state: undefined } });
  if (filter.openOnly) list.push({ label: "kun grupper, der tager imod nye", without: { openOnly: false } });
  return list;
}

/** When no group matches: say so kindly, offer to loosen the filter, and point to the interest list. */
export function EmptyCatalogue({ filter }: { filter: CatalogueFilter }) {
  const options = removals(filter);
  const interest = new URLSearchParams();
  if (filter.topic) interest.set("emne", filter.topic.slug);
  if (filter.ageBand) interest.set("alder", ageBandSlug[filter.ageBand]);
  const interestHref = interest.size > 0 ? `/interesse?${interest}` : "/interesse";
  return (
    <div className="space-y-4 rounded-lg border border-sand-200 bg-white p-5">
      <p className="text-lg font-semibold">Vi fandt ingen grupper, der passer til det, du har valgt.</p>
      {options.length > 0 ? (
        <div>
          <p>Prøv at gøre søgningen bredere:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {options.map((o) => (
              <li key={o.label}>
                <Link prefetch={false} href={catalogueHref({ ...filter, ...o.without })}>
                  Fjern {o.label}
                </Link>
              </li>
            ))}
            <li>
              <Link prefetch={false} href="/grupper">
                Se alle grupper
              </Link>
            </li>
          </ul>
        </div>
      ) : null}
      <p>
        Findes der ikke en gruppe for dig endnu? Så kan du skrive dig på vores interesseliste. Når nok mennesker ønsker det samme, forsøger vi at
        starte en ny gruppe.
      </p>
      <p>
        <Link prefetch={false} href={interestHref} className="font-semibold">
          Skriv dig på interesselisten
        </Link>
      </p>
    </div>
  );
}
