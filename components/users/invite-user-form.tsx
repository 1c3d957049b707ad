"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { SelectField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { inviteUser } from "@/lib/users/actions";
import { INVITE_VALID_HOURS, inviteUserInput, roleLabel, ROLES, type InviteUserInput } from "@/lib/users/schema";
import { useActionForm } from "@/components/forms/use-action-form";

const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

export function InviteUserForm() {
  const form = useForm<InviteUserInput>({ resolver: zodResolver(inviteUserInput), defaultValues: { role: "FACILITATOR" } });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    control,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const role = useWatch({ control, name: "role" });
  // The raw values: the server parses them once more (the date as typed, judged against today there).
  const onSubmit = submit(
    () => inviteUser(getValues()),
    (result, values) => {
      reset({ name: "", email: "", role: values.role, courseCompletedAt: "" });
      return result.data.link
        ? noMailServerText(values.email, result.data.link)
        : `Invitationen er sendt til ${values.email}. Linket virker i ${INVITE_VALID_HOURS} timer.`;
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <MessageAlert message={message} />
      <TextField label="Navn" autoComplete="off" required error={errors.name?.message} {...register("name")} />
      <TextField label="Email" type="email" autoComplete="off" required error={errors.email?.message} {...register("email")} />
      <SelectField label="Rolle" required options={roleOptions} error={errors.role?.message} {...register("role")} />
      {role === "FACILITATOR" ? (
        <TextField
          label="Igangsætterkursus gennemført"
          type="date"
          hint="Kun igangsættere med gennemført kursus kan sættes på en gruppe. Kan også udfyldes senere."
          error={errors.courseCompletedAt?.message}
          {...register("courseCompletedAt")}
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        Send invitation
      </Button>
    </form>
  );
}

/** Shown once when no mail server is set up: the link is not stored anywhere, so it must be passed on now. */
export function noMailServerText(email: string, link: string): string {
  return `Der er ingen mailserver sat op, så ${email} får ingen mail. Giv personen dette link (virker én gang og i ${INVITE_VALID_HOURS} timer): ${link}`;
}
