// Turns a posted form into the plain object the shared zod schemas expect. Safe in the browser.

/** The honeypot field's name (components/forms/field.tsx HoneypotField default). */
export const HONEYPOT_FIELD = "website";

/** Checkbox fields become booleans ("on" when ticked); other fields stay strings. */
export function formDataToInput(formData: FormData, booleanFields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  for (const field of booleanFields) {
    const v = formData.get(field);
    out[field] = v === "on" || v === "true";
  }
  return out;
}

/** A bot filled the hidden field that people never see. */
export function isHoneypotFilled(formData: FormData): boolean {
  const v = formData.get(HONEYPOT_FIELD);
  return typeof v === "string" && v.trim() !== "";
}
