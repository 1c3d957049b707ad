"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextArea, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { saveIdentity } from "@/lib/settings/actions";
import { identityInput, type IdentityFormValues, type IdentityInput } from "@/lib/settings/identity-schema";

/** The organisation's name, address and contact details: shown in every email and on every public page. */
export function IdentityForm({ initial }: { initial: IdentityFormValues }) {
  const form = useForm<IdentityFormValues, unknown, IdentityInput>({ resolver: zodResolver(identityInput), defaultValues: initial });
  const { message, submit } = useActionForm(form);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(saveIdentity, () => "Foreningens oplysninger er gemt. De står nu i mails og på hjemmesiden.");

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-8" aria-labelledby="identity-heading">
      <h2 id="identity-heading" className="text-2xl font-semibold">
        Foreningen
      </h2>
      <MessageAlert message={message} />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Navn og adresse</legend>
        <TextField label="Foreningens navn" required autoComplete="organization" error={errorText(errors.orgName)} {...register("orgName")} />
        <TextField
          label="Navnet i ejefald"
          hint="Som i “Selvhjælp Aarhus’ administration”. Tomt felt: navnet med et s (efter s, x og z en apostrof)."
          error={errorText(errors.orgNameGenitive)}
          {...register("orgNameGenitive")}
        />
        <TextField label="Adresse" autoComplete="street-address" error={errorText(errors.orgStreet)} {...register("orgStreet")} />
        <TextField
          label="Postnummer"
          inputMode="numeric"
          autoComplete="postal-code"
          error={errorText(errors.orgPostcode)}
          {...register("orgPostcode")}
        />
        <TextField label="By" autoComplete="address-level2" error={errorText(errors.orgTown)} {...register("orgTown")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Kontakt</legend>
        <TextField label="Telefon" type="tel" autoComplete="tel" error={errorText(errors.orgPhone)} {...register("orgPhone")} />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          hint="Vises nederst på siderne."
          error={errorText(errors.orgEmail)}
          {...register("orgEmail")}
        />
        <TextField label="CVR-nummer" inputMode="numeric" hint="8 cifre." error={errorText(errors.orgCvr)} {...register("orgCvr")} />
        <TextField label="Webadresse" type="url" hint="Fx https://www.example.dk." error={errorText(errors.orgWebsite)} {...register("orgWebsite")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Mails og privatliv</legend>
        <TextArea
          label="Underskrift i mails"
          rows={4}
          hint="Står nederst i alle mails til medlemmer, ansøgere og brugere. Højst 6 linjer. Tomt felt: hilsen, navn og adresse."
          error={errorText(errors.emailSignature)}
          {...register("emailSignature")}
        />
        <TextArea
          label="Dataansvarlig"
          rows={3}
          hint="Står på privatlivssiden. Tomt felt: navn og adresse er dataansvarlig."
          error={errorText(errors.dataControllerText)}
          {...register("dataControllerText")}
        />
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        Gem foreningens oplysninger
      </Button>
    </form>
  );
}
