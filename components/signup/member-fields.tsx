import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/forms/field";

type MemberFieldValues = { name: unknown; email: unknown; phone?: unknown; postcode: unknown; birthYear?: unknown };

/** Name, email, phone, postcode and birth year: the same fields on every membership form. */
export function MemberFields<T extends MemberFieldValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const reg = register as unknown as UseFormRegister<MemberFieldValues>;
  const err = errors as FieldErrors<MemberFieldValues>;
  return (
    <>
      <TextField label="Navn" autoComplete="name" required {...reg("name")} error={err.name?.message as string | undefined} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        hint="Vi sender en bekræftelse hertil."
        {...reg("email")}
        error={err.email?.message as string | undefined}
      />
      <TextField label="Telefon" type="tel" autoComplete="tel" inputMode="tel" {...reg("phone")} error={err.phone?.message as string | undefined} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Postnummer"
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={4}
          required
          {...reg("postcode")}
          error={err.postcode?.message as string | undefined}
        />
        <TextField
          label="Fødselsår"
          inputMode="numeric"
          maxLength={4}
          hint="Under 18 år betaler ikke kontingent."
          {...reg("birthYear")}
          error={err.birthYear?.message as string | undefined}
        />
      </div>
    </>
  );
}
