"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { HoneypotField } from "@/components/forms/field";
import { FormErrorSummary } from "@/components/signup/form-error-summary";
import { consentFor, MEMBER_DATA_CONSENT } from "@/lib/consents";
import { memberInput } from "@/lib/signup/schema";
import { ConsentFieldset } from "./consent-fieldset";
import { MemberFields } from "./member-fields";
import { usePublicForm, type PublicAction } from "@/components/forms/use-public-form";

export function MemberForm({ action, orgName }: { action: PublicAction; orgName: string }) {
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(memberInput),
    defaultValues: { name: "", email: "", phone: "", postcode: "", birthYear: "" },
  });
  const { state, pending, formAction, onSubmit, formRef } = usePublicForm(form, action);
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormErrorSummary state={state} />
      <MemberFields register={register} errors={errors} />
      <ConsentFieldset
        items={[
          {
            consent: consentFor(MEMBER_DATA_CONSENT, orgName),
            registration: register("consentMemberData"),
            error: errors.consentMemberData?.message,
          },
        ]}
      />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        {pending ? "Sender …" : "Bliv medlem"}
      </Button>
    </form>
  );
}
