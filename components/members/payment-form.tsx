"use client";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { Button } from "@/components/forms/buttons";
import { SelectField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordPaymentAction } from "@/lib/members/actions";
import { PAYMENT_METHODS, paymentMethodLabel } from "@/lib/members/labels";
import { paymentInput } from "@/lib/members/schema";

type Values = z.input<typeof paymentInput>;

/** Record a membership payment. The amount defaults to the fee from the settings, in kroner. */
type Props = { memberId: string; defaultKroner: string; today: string; idPrefix?: string; onSaved?: () => void };

export function PaymentForm({ memberId, defaultKroner, today, idPrefix = "betaling", onSaved }: Props) {
  const router = useRouter();
  const empty: DefaultValues<Values> = { memberId, amount: defaultKroner, method: undefined, reference: "", paidOn: today };
  const form = useForm<Values, unknown, z.output<typeof paymentInput>>({ resolver: zodResolver(paymentInput), defaultValues: empty });
  const { message, submit } = useActionForm(form);
  const { register, getValues, reset, formState } = form;
  const e = formState.errors;

  // The action gets the kroner as typed; it converts to øre itself with the same schema.
  const onSubmit = submit(
    () => recordPaymentAction(getValues()),
    () => {
      reset(empty);
      onSaved?.();
      router.refresh();
      return "Betalingen er registreret. Medlemskabet er betalt i 12 måneder.";
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Registrér betaling">
      <MessageAlert message={message} />
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
      <TextField
        id={`${idPrefix}-reference`}
        label="Reference"
        hint="Fx MobilePay-transaktionsnummer."
        error={e.reference?.message}
        {...register("reference")}
      />
      <TextField id={`${idPrefix}-paidOn`} type="date" label="Betalt den" required error={e.paidOn?.message} {...register("paidOn")} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Registrér betaling
      </Button>
    </form>
  );
}
