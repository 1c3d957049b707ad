"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/command/result";
import { createVenue, updateVenue } from "@/lib/venues/actions";
import { VENUE_DIRECTIONS_MAX, venueInput, type VenueInput, type VenueValues } from "@/lib/venues/schema";
import { ACCESSIBILITY, accessibilityLabel } from "@/lib/venues/venues";

export const emptyVenue: VenueValues = {
  name: "",
  address: "",
  postcode: "",
  town: "",
  directions: "",
  stepFreeAccess: false,
  accessibleToilet: false,
  hearingLoop: false,
  parking: false,
  publicTransport: false,
};

/** A new venue (no venueId) or an existing one's every field: the address, the way there and its accessibility. */
export function VenueForm({ venueId, defaults = emptyVenue }: { venueId?: string; defaults?: VenueValues }) {
  const router = useRouter();
  const form = useForm<VenueValues, unknown, VenueInput>({ resolver: zodResolver(venueInput), defaultValues: defaults });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    // The raw fields: the server parses them once more with the same schema.
    (): Promise<ActionResult<{ id: string } | undefined>> => (venueId ? updateVenue({ venueId, ...getValues() }) : createVenue(getValues())),
    (_result, values) => {
      if (venueId) {
        router.refresh();
        return "Ændringerne er gemt.";
      }
      reset(emptyVenue);
      router.refresh();
      return `${values.name} er oprettet og kan nu vælges til grupper.`;
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5" aria-label={venueId ? "Ret mødestedet" : "Opret mødested"}>
      <MessageAlert message={message} />
      <TextField
        label="Navn"
        required
        autoComplete="off"
        hint="Fx Selvhjælp Herning eller Biblioteket."
        error={errorText(errors.name)}
        {...register("name")}
      />
      <TextField
        label="Adresse"
        required
        autoComplete="off"
        hint="Gade og nummer, fx Fredensgade 14."
        error={errorText(errors.address)}
        {...register("address")}
      />
      <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
        <TextField label="Postnummer" required inputMode="numeric" autoComplete="off" error={errorText(errors.postcode)} {...register("postcode")} />
        <TextField label="By" required autoComplete="off" error={errorText(errors.town)} {...register("town")} />
      </div>
      <TextArea
        label="Vejvisning"
        rows={3}
        hint={`Hvordan man finder ind, fx indgang fra gården, 1. sal. Vises på gruppens side. Højst ${VENUE_DIRECTIONS_MAX} tegn.`}
        error={errorText(errors.directions)}
        {...register("directions")}
      />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Tilgængelighed</legend>
        <p className="text-muted">Sæt kun kryds ved det, stedet faktisk har. Det vises på gruppens offentlige side.</p>
        {ACCESSIBILITY.map((key) => (
          <CheckboxField
            key={key}
            id={`${venueId ?? "ny"}-${key}`}
            label={accessibilityLabel[key]}
            error={errorText(errors[key])}
            {...register(key)}
          />
        ))}
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {venueId ? "Gem ændringer" : "Opret mødested"}
      </Button>
    </form>
  );
}
