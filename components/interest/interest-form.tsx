"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { usePublicForm, type PublicAction } from "@/components/forms/use-public-form";
import { ConsentFieldset } from "@/components/signup/consent-fieldset";
import { Button } from "@/components/forms/buttons";
import { HoneypotField, SelectField, TextField } from "@/components/forms/field";
import { FormErrorSummary } from "@/components/signup/form-error-summary";
import { consentFor, INTEREST_CONSENT } from "@/lib/consents";
import { AGE_BANDS, ageBandLabel, type AgeBandValue } from "@/lib/groups/labels";
import { interestInput } from "@/lib/interest/schema";
import type { Topic, TopicKey } from "@/lib/topics/topics";

const ageBandOptions = AGE_BANDS.map((a) => ({ value: a, label: ageBandLabel[a] }));

type Props = {
  action: PublicAction;
  /** The topics one can choose: those in use (lib/topics/topics.ts activeTopics). */
  topics: readonly Topic[];
  topic?: TopicKey;
  ageBand?: AgeBandValue;
  orgName: string;
};

export function InterestForm({ action, topics, topic, ageBand, orgName }: Props) {
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(interestInput),
    defaultValues: { name: "", email: "", topic: topic ?? "", ageBand: ageBand ?? ("" as AgeBandValue) },
  });
  const topicOptions = topics.map((t) => ({ value: t.key, label: t.label }));
  const { state, pending, formAction, onSubmit, formRef } = usePublicForm(form, action);
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormErrorSummary state={state} />
      <TextField label="Navn" autoComplete="name" required {...register("name")} error={errors.name?.message} />
      <TextField label="Email" type="email" autoComplete="email" required {...register("email")} error={errors.email?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Emne"
          required
          placeholder="Vælg emne"
          options={topicOptions}
          defaultValue={topic ?? ""}
          {...register("topic")}
          error={errors.topic?.message}
        />
        <SelectField
          label="Aldersgruppe"
          required
          placeholder="Vælg aldersgruppe"
          options={ageBandOptions}
          defaultValue={ageBand ?? ""}
          {...register("ageBand")}
          error={errors.ageBand?.message}
        />
      </div>
      <ConsentFieldset
        items={[
          { consent: consentFor(INTEREST_CONSENT, orgName), registration: register("consentInterest"), error: errors.consentInterest?.message },
        ]}
      />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        {pending ? "Sender …" : "Skriv mig på listen"}
      </Button>
    </form>
  );
}
