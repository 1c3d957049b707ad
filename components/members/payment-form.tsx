"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/forms/buttons";
import { SelectField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { applyServerErrors } from "@/components/applications/server-errors";
import { recordPaymentAction } from "@/lib/members/actions";
import { PAYMENT_METHODS, paymentMethodLabel } from "@/lib/members/labels";
import { paymentInput } from "@/lib/members/schema";

type Values = z.input<typeof paymentInput>;

/** Record a membership payment. The amount defaults to the fee from the settings, in kroner. */
type Props = { memberId: string; defaultKroner: string; today: string; idPrefix?: string; onSaved?: () => void };

export function PaymentForm({ memberId, defaultKroner, today, idPrefix = "betaling", onSaved }: Props) {
  const router = useRouter();
  const [alert, setAlert] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<Values, unknown, z.output<typeof paymentInput>>({
    resolver: zodResolver(paymentInput),
    defaultValues: { memberId, amount: defaultKroner, method: undefined, reference: "", paidOn: today },
  });
  const e = formState.errors;

  const onSubmit = handleSubmit(async () => {
    setAlert(null);
    const result = await recordPaymentAction(getValues());
    if (!result.ok) {
      // Field errors go on the fields (and focus the first); only other failures need the alert.
      if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) applyServerErrors(result.fieldErrors, setError);
      else setAlert({ kind: "error", text: result.message });
      return;
    }
    reset({ memberId, amount: defaultKroner, method: undefined, reference: "", paidOn: today });
    setAlert({ kind: "success", text: "Betalingen er registreret. Medlemskabet er betalt i 12 måneder." });
    onSaved?.();
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Registrér betaling">
      {alert ? <FormAlert kind={alert.kind}>{alert.text}</FormAlert> : null}
      <input type="hidden" {...register("memberId")} />
      <TextField id={`${idPrefix}-amount`} label="Beløb i kroner" inputMode="decimal" required error={e.amount?.message} {...register("amount")} />
      <SelectField
        id={`${idPrefix}-method`}
        label="Betalt med"
        required
        placeholder="Vælg"
        options={PAYMENT_METHODS.map((m) => ({ value: m, label: paymentMethodLabel[m] }))}
        error={e.method?.message}
        {...register("method")}
      />
      <TextField id={`${idPrefix}-reference`} label="Reference" hint="Fx MobilePay-transaktionsnummer." error={e.reference?.message} {...register("reference")} />
      <TextField id={`${idPrefix}-paidOn`} type="date" label="Betalt den" required error={e.paidOn?.message} {...register("paidOn")} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Registrér betaling
      </Button>
    </form>
  );
}
