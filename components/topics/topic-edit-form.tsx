"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { updateTopic } from "@/lib/topics/actions";
import { topicUpdateInput, type TopicUpdateInput, type TopicUpdateValues } from "@/lib/topics/schema";

type Props = { topicKey: string; label: string; description: string };

/** Renames a topic: its label and description. The address stays, so links keep working. */
export function TopicEditForm({ topicKey, label, description }: Props) {
  const form = useForm<TopicUpdateValues, unknown, TopicUpdateInput>({
    resolver: zodResolver(topicUpdateInput),
    defaultValues: { topicKey, label, description },
  });
  const { message, submit } = useActionForm(form);
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => updateTopic(getValues()),
    () => "Ændringen er gemt.",
  );
  const id = (field: string) => `emne-${topicKey}-${field}`;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`Ret emnet ${label}`}>
      <MessageAlert message={message} />
      <TextField id={id("navn")} label="Navn" required autoComplete="off" error={errorText(errors.label)} {...register("label")} />
      <TextArea
        id={id("beskrivelse")}
        label="Kort beskrivelse"
        required
        rows={3}
        error={errorText(errors.description)}
        {...register("description")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Gem ændringer
      </Button>
    </form>
  );
}
