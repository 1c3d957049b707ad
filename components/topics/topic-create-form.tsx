"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { createTopic } from "@/lib/topics/actions";
import { TOPIC_DESCRIPTION_MAX, topicCreateInput, type TopicCreateInput, type TopicCreateValues } from "@/lib/topics/schema";

const empty: TopicCreateValues = { label: "", slug: "", description: "" };

/** A new topic: its name, the address part of the catalogue's filter (made from the name when empty) and a short description. */
export function TopicCreateForm() {
  const form = useForm<TopicCreateValues, unknown, TopicCreateInput>({ resolver: zodResolver(topicCreateInput), defaultValues: empty });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    // The raw fields: the server parses them once more with the same schema.
    () => createTopic(getValues()),
    (result, values) => {
      reset(empty);
      return `Emnet ${values.label} er oprettet og kan nu vælges. Det findes i kataloget som /grupper?emne=${result.data.slug}.`;
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
      <MessageAlert message={message} />
      <TextField
        label="Navn"
        required
        autoComplete="off"
        hint="Sådan står emnet på siderne, fx Angst."
        error={errorText(errors.label)}
        {...register("label")}
      />
      <TextField
        label="Adresse i kataloget"
        autoComplete="off"
        hint="Små bogstaver, tal og bindestreger, fx angst. Tomt felt: laves af navnet. Kan ikke ændres bagefter."
        error={errorText(errors.slug)}
        {...register("slug")}
      />
      <TextArea
        label="Kort beskrivelse"
        required
        rows={3}
        hint={`Vises for besøgende, der vælger emnet. Højst ${TOPIC_DESCRIPTION_MAX} tegn.`}
        error={errorText(errors.description)}
        {...register("description")}
      />
      <Button type="submit" disabled={isSubmitting}>
        Opret emne
      </Button>
    </form>
  );
}
