import Link from "next/link";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField, TextField } from "@/components/forms/field";
import { AGE_BANDS, WEEKDAYS, ageBandLabel, ageBandSlug, stateSlug, weekdayLabel, weekdaySlug } from "@/lib/groups/labels";
import { activeTopics, type TopicList } from "@/lib/topics/topics";
import { FILTER_PARAM, hasActiveFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { CATALOGUE_STATES } from "@/lib/groups/rules";
import { stateShortText } from "./group-format";
import { TidyFilterForm } from "./tidy-filter-form";

/**
 * The catalogue's filters as a GET form: works without JavaScript, and every choice ends up in the URL
 * (shareable; the back button returns to the previous choice). Only topics in use are offered.
 */
export function CatalogueFilters({ filter, topics }: { filter: CatalogueFilter; topics: TopicList }) {
  return (
    <TidyFilterForm
      topics={topics}
      method="get"
      action="/grupper"
      role="search"
      aria-labelledby="filter-heading"
      className="h-fit space-y-4 rounded-lg border border-sand-200 bg-white p-5"
    >
      <h2 id="filter-heading" className="text-xl font-semibold">
        Find den rette gruppe
      </h2>
      <TextField
        label="Søg"
        name={FILTER_PARAM.q}
        id="filter-q"
        type="search"
        hint="Fx sorg, demens eller skilsmisse"
        defaultValue={filter.q ?? ""}
        maxLength={80}
        optionalLabel={false}
      />
      <SelectField
        label="Emne"
        name={FILTER_PARAM.topic}
        id="filter-emne"
        placeholder="Alle emner"
        optionalLabel={false}
        defaultValue={filter.topic?.slug ?? ""}
        options={activeTopics(topics).map((t) => ({ value: t.slug, label: t.label }))}
      />
      <SelectField
        label="Aldersgruppe"
        name={FILTER_PARAM.ageBand}
        id="filter-alder"
        placeholder="Alle aldersgrupper"
        optionalLabel={false}
        defaultValue={filter.ageBand ? ageBandSlug[filter.ageBand] : ""}
        options={AGE_BANDS.map((a) => ({ value: ageBandSlug[a], label: ageBandLabel[a] }))}
      />
      <SelectField
        label="Ugedag"
        name={FILTER_PARAM.weekday}
        id="filter-dag"
        placeholder="Alle dage"
        optionalLabel={false}
        defaultValue={filter.weekday ? weekdaySlug[filter.weekday] : ""}
        options={WEEKDAYS.map((d) => ({ value: weekdaySlug[d], label: weekdayLabel[d] }))}
      />
      <SelectField
        label="Hvor langt er gruppen?"
        name={FILTER_PARAM.state}
        id="filter-fase"
        placeholder="Alle faser"
        optionalLabel={false}
        defaultValue={filter.state ? stateSlug[filter.state] : ""}
        options={CATALOGUE_STATES.map((s) => ({ value: stateSlug[s], label: stateShortText[s] }))}
      />
      <CheckboxField
        label="Vis kun grupper, der tager imod nye deltagere"
        name={FILTER_PARAM.openOnly}
        id="filter-aaben"
        value="1"
        defaultChecked={filter.openOnly}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Vis grupper</Button>
        {hasActiveFilter(filter) ? (
          <Link prefetch={false} href="/grupper">
            Nulstil filtre
          </Link>
        ) : null}
      </div>
    </TidyFilterForm>
  );
}
