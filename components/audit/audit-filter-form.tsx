import { SelectField, TextField } from "@/components/forms/field";
import { AUDIT_ENTITIES, AUDIT_VERBS } from "@/lib/audit/verbs";
import type { AuditFilter } from "@/lib/audit/schema";

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "da");
const verbOptions = Object.entries(AUDIT_VERBS)
  .map(([value, label]) => ({ value, label }))
  .sort(byLabel);
const entityOptions = Object.entries(AUDIT_ENTITIES)
  .map(([value, label]) => ({ value, label }))
  .sort(byLabel);

/** A plain GET form: works without JavaScript and leaves a shareable address. */
export function AuditFilterForm({ filter, actors }: { filter: AuditFilter; actors: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/admin/log" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <SelectField
        label="Handling"
        name="handling"
        defaultValue={filter.handling ?? ""}
        placeholder="Alle"
        optionalLabel={false}
        options={verbOptions}
      />
      <SelectField label="Type" name="type" defaultValue={filter.type ?? ""} placeholder="Alle" optionalLabel={false} options={entityOptions} />
      <SelectField
        label="Udført af"
        name="bruger"
        defaultValue={filter.bruger ?? ""}
        placeholder="Alle"
        optionalLabel={false}
        options={actors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextField label="Fra dato" name="fra" type="date" defaultValue={filter.fra ?? ""} optionalLabel={false} />
      <TextField label="Til dato" name="til" type="date" defaultValue={filter.til ?? ""} optionalLabel={false} />
      <div className="flex flex-wrap gap-4 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Vis
        </button>
        <a href="/admin/log" className="self-center">
          Nulstil filtre
        </a>
      </div>
    </form>
  );
}
