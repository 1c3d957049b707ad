// The one shape every server action and command returns to the browser. Safe in the browser.
export type FieldErrors = Record<string, string[] | undefined>;

export type Refusal = {
  ok: false;
  /** A stable code for the page to branch on (e.g. "MEMBERSHIP_UNPAID"); the message is for people. */
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  /** Set when the caller must sign in (again): where to send them. */
  signIn?: string;
};

export type ActionResult<T = undefined> = { ok: true; data: T } | Refusal;

export const GENERIC_ERROR = "Noget gik galt hos os. Prøv igen om lidt – eller ring til os, hvis det bliver ved.";
export const INVALID_INPUT = "Nogle felter skal rettes. Se beskederne ved felterne.";
export const SIGNED_OUT_MESSAGE = "Du er ikke logget ind (længere). Log ind igen for at fortsætte.";
export const MEMBER_SIGNED_OUT_MESSAGE = "Du er ikke logget ind på Min side (længere). Bed om et nyt link for at fortsætte.";
export const DENIED_MESSAGE = "Du har ikke adgang til dette.";
export const HONEYPOT_MESSAGE = "Vi kunne ikke modtage formularen. Prøv at indlæse siden igen og udfylde den – eller ring til os, så hjælper vi.";
export const RATE_LIMITED_MESSAGE =
  "Vi har modtaget mange indsendelser fra dig på kort tid. Vent venligst 10 minutter, og prøv så igen – eller ring til os.";
