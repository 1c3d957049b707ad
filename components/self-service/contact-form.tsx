"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateContact } from "@/lib/self-service/actions";
import { contactInput, type ContactValues } from "@/lib/self-service/schema";
import type { z } from "@/lib/validation/zod";

/** The member corrects their name and phone. */
export function ContactForm({ name, phone }: { name: string; phone: string | null }) {
  const router = useRouter();
  const form = useForm<ContactValues, unknown, z.output<typeof contactInput>>({
    resolver: zodResolver(contactInput),
    defaultValues: { name, phone: phone ?? "" },
  });
  const { message, submit } = useActionForm(form);
  const e = form.formState.errors;
  const onSubmit = submit(
    () => updateContact(form.getValues()),
    () => {
      router.refresh();
      return "Dine oplysninger er gemt.";
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Ret navn og telefon">
      <MessageAlert message={message} />
      <TextField id="felt-name" label="Navn" autoComplete="name" required error={e.name?.message} {...form.register("name")} />
      <TextField id="felt-phone" label="Telefon" type="tel" autoComplete="tel" error={e.phone?.message} {...form.register("phone")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Gemmer …" : "Gem navn og telefon"}
      </Button>
    </form>
  );
}
