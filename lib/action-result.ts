// The one shape every server action returns for expected outcomes. Safe in the browser.
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export const GENERIC_ERROR = "Noget gik galt hos os. Prøv igen om lidt – eller ring til os, hvis det bliver ved.";
export const INVALID_INPUT = "Nogle felter skal rettes. Se beskederne ved felterne.";
