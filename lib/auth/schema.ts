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
  Busy: "Der er travlt lige nu. Prøv at logge ind igen om et øjeblik.",
  other: "Noget gik galt hos os. Prøv igen om lidt.",
} as const;

/** next-auth's `error` code → the Danish message shown in the form. */
export function loginErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === "Throttled" || code === "CredentialsSignin" || code === "Busy") return LOGIN_ERRORS[code];
  return LOGIN_ERRORS.other;
}

/**
 * Where to go after sign-in (and next-auth's redirect callback): the value parsed as a URL against
 * our own origin, accepted only when it stays on that origin, and returned normalised — path, query
 * and fragment — so what is checked is what the browser is sent to. Anything else, an unparsable
 * value, a path that would read as another host ("//host", as "/.//host" normalises to), and by
 * default the login page itself, gives `fallback`.
 */
export function safeCallbackPath(
  raw: string | null | undefined,
  origin: string,
  { fallback = "/admin", allowLogin = false }: { fallback?: string; allowLogin?: boolean } = {},
): string {
  if (!raw || raw.length > 2000) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base.origin);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
  if (!allowLogin && (url.pathname === "/login" || url.pathname.startsWith("/login/"))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
