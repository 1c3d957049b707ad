"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { saveSettings } from "@/lib/settings/actions";
import { settingsInput, type SettingsFormValues, type SettingsInput } from "@/lib/settings/schema";

export function SettingsForm({ initial }: { initial: SettingsFormValues }) {
  const form = useForm<SettingsFormValues, unknown, SettingsInput>({ resolver: zodResolver(settingsInput), defaultValues: initial });
  const { message, submit } = useActionForm(form);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(saveSettings, () => "Indstillingerne er gemt og gælder fra nu af.");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-8">
      <MessageAlert message={message} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Medlemskab og betaling</legend>
        <TextField
          label="Kontingent pr. år (kr.)"
          required
          inputMode="numeric"
          hint="Gælder nye medlemskaber. Medlemmer under 18 år betaler ikke."
          error={errorText(errors.membershipFeeKroner)}
          {...register("membershipFeeKroner")}
        />
        <TextField
          label="Dage før periodens udløb, hvor påmindelsen om fornyelse sendes"
          required
          inputMode="numeric"
          hint="Påmindelsen sendes automatisk hver morgen, én gang pr. medlemskab og periode. Listen over medlemskaber, der udløber, følger samme antal dage."
          error={errorText(errors.renewalReminderDays)}
          {...register("renewalReminderDays")}
        />
        <TextField label="MobilePay-nummer" error={errorText(errors.mobilePayNumber)} {...register("mobilePayNumber")} />
        <TextField label="Bankkonto (reg.nr. og kontonr.)" error={errorText(errors.bankAccount)} {...register("bankAccount")} />
        <TextField
          label="Koordinatorernes email"
          type="email"
          hint="Vises på de offentlige sider som kontakt, og får besked om nye ansøgninger."
          error={errorText(errors.coordinatorEmail)}
          {...register("coordinatorEmail")}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Grupper og igangsættere</legend>
        <TextField
          label="Grupper pr. igangsætter, før der advares"
          required
          inputMode="numeric"
          error={errorText(errors.maxGroupsPerFacilitator)}
          {...register("maxGroupsPerFacilitator")}
        />
        <TextField
          label="Møder før igangsætterne kan begynde at trække sig"
          required
          inputMode="numeric"
          hint="Typisk 6 – evalueringsmødet."
          error={errorText(errors.minMeetingsBeforeWithdrawal)}
          {...register("minMeetingsBeforeWithdrawal")}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Privatliv</legend>
        <TextField
          label="Dage før afslåede og tilbagetrukne ansøgninger slettes"
          required
          inputMode="numeric"
          hint="Gælder også interesselisten. Står på privatlivssiden."
          error={errorText(errors.retentionDays)}
          {...register("retentionDays")}
        />
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        Gem indstillinger
      </Button>
    </form>
  );
}
