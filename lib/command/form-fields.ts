// A posted form as the plain object the schemas parse. Safe in the browser.

/** The honeypot field's name (components/forms/field.tsx HoneypotField). */
export const HONEYPOT_FIELD = "website";

/** String fields by name (a repeated name becomes a list); files and Next's own $ACTION fields are dropped. */
export function formFields(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === HONEYPOT_FIELD) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** A bot filled the hidden field that people never see. */
export function isHoneypotFilled(form: FormData): boolean {
  const v = form.get(HONEYPOT_FIELD);
  return typeof v === "string" && v.trim() !== "";
}
