"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { HoneypotField, TextArea } from "@/components/forms/field";
import { FormErrorSummary } from "@/components/signup/form-error-summary";
import { CONFIDENTIALITY_CONSENT, consentFor, FEE_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";
import { applicationInput, MESSAGE_MAX } from "@/lib/signup/schema";
import { ConsentFieldset } from "./consent-fieldset";
import { MemberFields } from "./member-fields";
import { usePublicForm, type PublicAction } from "@/components/forms/use-public-form";

/** `orgName` goes into the consent texts (lib/consents.ts), as the settings name the organisation. */
export function ApplicationForm({ groupId, action, orgName }: { groupId: string; action: PublicAction; orgName: string }) {
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(applicationInput),
    defaultValues: { groupId, name: "", email: "", phone: "", postcode: "", birthYear: "", message: "" },
  });
  const { state, pending, formAction, onSubmit, formRef } = usePublicForm(form, action);
  const { register, formState, control } = form;
  const errors = formState.errors;
  const messageLength = String(useWatch({ control, name: "message" }) ?? "").length;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormErrorSummary state={state} />
      <input type="hidden" {...register("groupId")} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Dine oplysninger</legend>
        <p className="text-base text-muted">
          Er du allerede medlem, så brug den email, du meldte dig ind med. Så bruger vi dine oplysninger fra før.
        </p>
        <MemberFields register={register} errors={errors} />
      </fieldset>
      <TextArea
        label="Kort besked til koordinatoren"
        rows={4}
        maxLength={MESSAGE_MAX}
        hint={`Højst ${MESSAGE_MAX} tegn (${messageLength}/${MESSAGE_MAX}). Skriv ikke om helbred eller andre følsomme detaljer – det kan du fortælle ved forsamtalen. Skriv fx hvornår vi bedst kan ringe.`}
        {...register("message")}
        error={errors.message?.message}
      />
      <ConsentFieldset
        items={[
          {
            consent: consentFor(CONFIDENTIALITY_CONSENT, orgName),
            registration: register("consentConfidentiality"),
            error: errors.consentConfidentiality?.message,
          },
          {
            consent: consentFor(SENSITIVE_DATA_CONSENT, orgName),
            registration: register("consentSensitiveData"),
            error: errors.consentSensitiveData?.message,
          },
          { consent: consentFor(FEE_CONSENT, orgName), registration: register("consentFee"), error: errors.consentFee?.message },
        ]}
      />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        {pending ? "Sender …" : "Send ansøgning"}
      </Button>
    </form>
  );
}
