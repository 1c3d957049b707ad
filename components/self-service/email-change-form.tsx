"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { EMAIL_CHANGE_LINK_HOURS } from "@/lib/member-session/rules";
import { requestEmailChange } from "@/lib/self-service/actions";
import { emailChangeInput, type EmailChangeValues } from "@/lib/self-service/schema";
import type { z } from "@/lib/validation/zod";

/** Asks to use a new address; it takes effect when confirmed from that address. */
export function EmailChangeForm({ email }: { email: string }) {
  const form = useForm<EmailChangeValues, unknown, z.output<typeof emailChangeInput>>({
    resolver: zodResolver(emailChangeInput),
    defaultValues: { email: "" },
  });
  const { message, submit } = useActionForm(form);
  const onSubmit = submit(
    () => requestEmailChange(form.getValues()),
    (_result, values) => {
      form.reset({ email: "" });
      return `Vi har sendt en email til ${values.email}. Åbn linket i den inden for ${EMAIL_CHANGE_LINK_HOURS} timer for at skifte. Indtil da bruger vi ${email}.`;
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Skift email">
      <MessageAlert message={message} />
      <p>
        Din email er nu <strong>{email}</strong>.
      </p>
      <TextField
        id="felt-email"
        label="Ny email"
        type="email"
        autoComplete="email"
        required
        hint="Vi sender et link til den nye adresse. Den gælder først, når du har åbnet linket."
        error={form.formState.errors.email?.message}
        {...form.register("email")}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Sender …" : "Send link til den nye email"}
      </Button>
    </form>
  );
}
