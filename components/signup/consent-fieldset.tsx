import Link from "next/link";
import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxField } from "@/components/forms/field";
import type { ConsentText } from "@/lib/consents";

export type ConsentItem = { consent: ConsentText; registration: UseFormRegisterReturn; error?: string };

/** Each consent in full, with its own checkbox, and the way to the privacy page. */
export function ConsentFieldset({ items, legend = "Samtykke" }: { items: ConsentItem[]; legend?: string }) {
  return (
    <fieldset className="space-y-4 rounded border border-sand-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <p className="text-base text-muted">
        Hvert samtykke gives for sig. Du kan altid trække det tilbage. Læs om, hvad vi gemmer og hvorfor, på siden{" "}
        <Link prefetch={false} href="/privatliv">
          Privatliv og dine data
        </Link>
        .
      </p>
      {items.map(({ consent, registration, error }) => (
        <CheckboxField
          key={consent.key}
          {...registration}
          error={error}
          aria-required
          label={
            <>
              <span className="font-semibold">{consent.title}:</span> {consent.text}
            </>
          }
        />
      ))}
    </fieldset>
  );
}
