// Sign-in input and the safe return address after sign-in. Safe in the browser.
import { z } from "@/lib/validation/zod";

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 200;

/** An account's email: trimmed, lower-cased, at most 254 characters (the longest address SMTP allows). */
export const emailField = z
  .string({ error: "Skriv en emailadresse." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Skriv en emailadresse." })
  .max(EMAIL_MAX_LENGTH, { error: "Emailadressen er for lang." })
  .pipe(z.email({ error: "Skriv en gyldig emailadresse, fx navn@eksempel.dk." }));

/** A password as typed (never trimmed): required and bounded, so the hash never works on megabytes. */
export const passwordField = (required: string) =>
  z
    .string({ error: required })
    .min(1, { error: required })
    .max(PASSWORD_MAX_LENGTH, { error: `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.` });

export const loginInput = z.object({
  email: emailField,
  password: passwordField("Skriv din adgangskode."),
});
export type LoginInput = z.infer<typeof loginInput>;

export const LOGIN_ERRORS = {
  CredentialsSignin: "Forkert email eller adgangskode.",
  Throttled: "For mange forsøg. Prøv igen om 15 minutter.",
  other: "Noget gik galt hos os. Prøv igen om lidt.",
} as const;

/** next-auth's `error` code → the Danish message shown in the form. */
export function loginErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === "Throttled" || code === "CredentialsSignin") return LOGIN_ERRORS[code];
  return LOGIN_ERRORS.other;
}

/**
 * Where to go after sign-in: a same-origin path only (never another site, never "//host"), else
 * /admin. Absolute URLs on our own origin (the proxy sends those) are reduced to their path.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  const fallback = "/admin";
  if (!raw) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (!raw.startsWith("/") && !raw.startsWith(origin)) return fallback;
  if (raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/login") ? fallback : path;
}
