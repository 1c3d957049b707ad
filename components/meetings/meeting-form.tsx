"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { meetingInput, type MeetingFormValues, type MeetingInput } from "@/lib/meetings/schema";
import { recordMeeting } from "@/lib/meetings/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { formatDate } from "@/lib/format";
import { parseCalendarDay } from "@/lib/validation/fields";

/**
 * Record a held meeting: date, which facilitators took part, how many participants came. No notes.
 * `earliest` (YYYY-MM-DD) is the group's start day: the server refuses an earlier date, the field says so.
 */
export function MeetingForm({
  groupId,
  facilitators,
  today,
  earliest,
}: {
  groupId: string;
  facilitators: { id: string; name: string }[];
  today: string;
  earliest?: string;
}) {
  const empty: MeetingFormValues = { heldOn: today, participantsPresent: "", facilitatorIds: [] };
  const form = useForm<MeetingFormValues, unknown, MeetingInput>({ resolver: zodResolver(meetingInput), defaultValues: empty });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => recordMeeting({ groupId, ...getValues() }),
    () => {
      reset(empty);
      return "Mødet er registreret.";
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <MessageAlert message={message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Dato for mødet"
          type="date"
          required
          min={earliest}
          max={today}
          hint={earliest ? `Fra gruppens startdato, ${formatDate(parseCalendarDay(earliest)!)}, til i dag.` : undefined}
          {...register("heldOn")}
          error={errorText(errors.heldOn)}
        />
        <TextField
          label="Antal deltagere til stede"
          required
          inputMode="numeric"
          {...register("participantsPresent")}
          error={errorText(errors.participantsPresent)}
        />
      </div>
      {facilitators.length > 0 ? (
        <fieldset className="space-y-2" aria-describedby={errors.facilitatorIds ? "felt-facilitatorIds-error" : undefined}>
          <legend className="font-medium">Igangsættere til stede</legend>
          {facilitators.map((f) => (
            <CheckboxField key={f.id} id={`moede-igangsaetter-${f.id}`} label={f.name} value={f.id} {...register("facilitatorIds")} />
          ))}
          {errorText(errors.facilitatorIds) ? (
            <p id="felt-facilitatorIds-error" className="font-medium text-danger-700">
              {errorText(errors.facilitatorIds)}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <p className="text-base text-muted">Der skrives aldrig noter om, hvad deltagerne har delt.</p>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Registrér møde
      </Button>
    </form>
  );
}
