"use client";
import { useState, useTransition } from "react";
import { assignFacilitator } from "@/lib/facilitators/actions";
import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { GENERIC_ERROR } from "@/lib/action-result";

export type AssignableFacilitator = { id: string; name: string; load: number };

/** `full`: the group already has two facilitators; the form then keeps only its last message (e.g. a load warning). */
export function AssignFacilitatorForm({ groupId, facilitators, full }: { groupId: string; facilitators: AssignableFacilitator[]; full: boolean }) {
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    setFieldError(undefined);
    startTransition(async () => {
      try {
        const result = await assignFacilitator(groupId, { facilitatorId: selected });
        if (result.ok) {
          setSelected("");
          setMessage({ kind: "success", text: result.data.warning ? `Igangsætteren er tildelt. Bemærk: ${result.data.warning}` : "Igangsætteren er tildelt." });
        } else {
          setFieldError(result.fieldErrors?.facilitatorId?.[0] ?? result.message);
          document.getElementById("felt-facilitatorId")?.focus();
        }
      } catch {
        setMessage({ kind: "error", text: GENERIC_ERROR });
      }
    });
  }

  if (full) {
    return (
      <div className="space-y-3">
        {message ? <FormAlert kind={message.kind}>{message.text}</FormAlert> : null}
        <p className="text-muted">Gruppen har to igangsættere, som er det højeste antal.</p>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {message ? <FormAlert kind={message.kind}>{message.text}</FormAlert> : null}
      <SelectField
        label="Tildel igangsætter"
        name="facilitatorId"
        required
        hint="Kun aktive igangsættere med gennemført kursus. Tallet er deres nuværende antal grupper."
        placeholder="Vælg igangsætter"
        options={facilitators.map((f) => ({ value: f.id, label: `${f.name} (${f.load} ${f.load === 1 ? "gruppe" : "grupper"})` }))}
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        error={fieldError}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Tildel
      </Button>
    </form>
  );
}
