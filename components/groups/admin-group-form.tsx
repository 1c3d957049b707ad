"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { groupInput, type GroupFormValues, type GroupInput } from "@/lib/groups/schema";
import { createGroup, updateGroup } from "@/lib/groups/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import type { ActionResult } from "@/lib/command/result";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { DEFAULT_MIN_PARTICIPANTS } from "@/lib/groups/forming-rules";
import { ageBandOptions, cadenceOptions, weekdayOptions } from "./admin-options";

export type GroupFormDefaults = {
  name: string;
  topic: string;
  ageBand: string;
  description: string;
  cadence: string;
  weekday: string;
  startTime: string;
  durationMinutes: string;
  place: string;
  capacity: string;
  openForNewcomers: boolean;
  startDate: string;
  plannedEndDate: string;
  minParticipants: string;
  expectedStartOn: string;
};

/** A new group's fields; the page fills in the place with the organisation's address (lib/settings/identity.ts addressLine). */
export const emptyGroupDefaults: GroupFormDefaults = {
  name: "",
  topic: "",
  ageBand: "ADULTS",
  description: "",
  cadence: "BIWEEKLY",
  weekday: "",
  startTime: "",
  durationMinutes: "120",
  place: "",
  capacity: "8",
  openForNewcomers: true,
  startDate: "",
  plannedEndDate: "",
  minParticipants: String(DEFAULT_MIN_PARTICIPANTS),
  expectedStartOn: "",
};

type Props = {
  groupId?: string;
  defaults: GroupFormDefaults;
  /** The topics to choose from: those in use, and the group's own (lib/topics/topics.ts topicOptions). */
  topicOptions: { value: string; label: string }[];
};

/** Create (no groupId) or edit every field of a group. */
export function AdminGroupForm({ groupId, defaults, topicOptions }: Props) {
  const router = useRouter();
  const form = useForm<GroupFormValues, unknown, GroupInput>({
    resolver: zodResolver(groupInput),
    defaultValues: defaults as unknown as GroupFormValues,
  });
  const { message, submit } = useActionForm(form);
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    // The raw fields: the server parses them once with the same schema.
    (): Promise<ActionResult<{ id: string } | undefined>> => (groupId ? updateGroup({ groupId, ...getValues() }) : createGroup(getValues())),
    (result) => router.push(`/admin/grupper/${groupId ?? result.data?.id}`),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <MessageAlert message={message} />
      <TextField label="Navn" required {...register("name")} error={errorText(errors.name)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField label="Emne" required options={topicOptions} placeholder="Vælg emne" {...register("topic")} error={errorText(errors.topic)} />
        <SelectField label="Aldersgruppe" required options={ageBandOptions} {...register("ageBand")} error={errorText(errors.ageBand)} />
      </div>
      <TextArea
        label="Beskrivelse"
        required
        rows={5}
        hint="Vises på den offentlige side om gruppen."
        {...register("description")}
        error={errorText(errors.description)}
      />
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">Rytme</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField label="Hvor ofte" required options={cadenceOptions} {...register("cadence")} error={errorText(errors.cadence)} />
          <SelectField
            label="Ugedag"
            options={weekdayOptions}
            placeholder="Ikke fastlagt"
            {...register("weekday")}
            error={errorText(errors.weekday)}
          />
          <TextField label="Starttidspunkt" type="time" hint="TT:MM, fx 19:00" {...register("startTime")} error={errorText(errors.startTime)} />
          <TextField
            label="Varighed i minutter"
            required
            inputMode="numeric"
            {...register("durationMinutes")}
            error={errorText(errors.durationMinutes)}
          />
        </div>
      </fieldset>
      <TextField label="Sted" required {...register("place")} error={errorText(errors.place)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Antal pladser" required inputMode="numeric" {...register("capacity")} error={errorText(errors.capacity)} />
        <TextField
          label="Mindste antal deltagere før start"
          required
          inputMode="numeric"
          hint="Optagne og ansøgere med holdt forsamtale tæller med. Offentligt vises kun, hvor mange der mangler."
          {...register("minParticipants")}
          error={errorText(errors.minParticipants)}
        />
      </div>
      <CheckboxField label="Åben for nye deltagere" {...register("openForNewcomers")} error={errorText(errors.openForNewcomers)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Startdato" type="date" {...register("startDate")} error={errorText(errors.startDate)} />
        <TextField label="Planlagt slutdato" type="date" {...register("plannedEndDate")} error={errorText(errors.plannedEndDate)} />
        <TextField
          label="Forventet start"
          type="date"
          hint="Vises på den offentlige side, mens gruppen er under planlægning."
          {...register("expectedStartOn")}
          error={errorText(errors.expectedStartOn)}
        />
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {groupId ? "Gem ændringer" : "Opret gruppe"}
      </Button>
    </form>
  );
}
