"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { assignFacilitator } from "@/lib/facilitators/actions";
import { assignInput } from "@/lib/facilitators/schema";
import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";

export type AssignableFacilitator = { id: string; name: string; load: number };

/** `full`: the group already has two facilitators; the form then keeps only its last message (e.g. a load warning). */
export function AssignFacilitatorForm({ groupId, facilitators, full }: { groupId: string; facilitators: AssignableFacilitator[]; full: boolean }) {
  const form = useForm<{ facilitatorId: string }>({ resolver: zodResolver(assignInput), defaultValues: { facilitatorId: "" } });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => assignFacilitator({ groupId, ...getValues() }),
    (result) => {
      reset({ facilitatorId: "" });
      return result.data.warning ? `Igangsætteren er tildelt. Bemærk: ${result.data.warning}` : "Igangsætteren er tildelt.";
    },
  );

  if (full) {
    return (
      <div className="space-y-3">
        <MessageAlert message={message} />
        <p className="text-muted">Gruppen har to igangsættere, som er det højeste antal.</p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <MessageAlert message={message} />
      <SelectField
        label="Tildel igangsætter"
        required
        hint="Kun aktive igangsættere med gennemført kursus. Tallet er deres nuværende antal grupper."
        placeholder="Vælg igangsætter"
        options={facilitators.map((f) => ({ value: f.id, label: `${f.name} (${f.load} ${f.load === 1 ? "gruppe" : "grupper"})` }))}
        error={errors.facilitatorId?.message}
        {...register("facilitatorId")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Tildel
      </Button>
    </form>
  );
}
