// LEGACY during the move to lib/command: the wider result shape that old and new actions both fit.
// Deleted once every action runs through the command pipeline; new code imports lib/command/result.
import type { FieldErrors } from "@/lib/command/result";

export { GENERIC_ERROR, INVALID_INPUT, type FieldErrors } from "@/lib/command/result";

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; message: string; fieldErrors?: FieldErrors; code?: string; signIn?: string };
