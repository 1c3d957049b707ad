// Who is calling: the signed-in user as the command pipeline and the data functions see it. Free of
// Next, so scripts can act as a user too.
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "FACILITATOR";
  facilitatorId: string | null;
};

/**
 * The site itself, acting without a person: the automatic jobs (lib/jobs). It may run admin commands
 * and the commands whose policy is "system"; its audit rows have no user ("Systemet" in the log).
 * Only lib/jobs hands it to the pipeline: no session or request ever yields it.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: "system", name: "Systemet", email: "", role: "ADMIN", facilitatorId: null });

/** By identity, not by id: a user row can never pass for it. */
export const isSystemActor = (actor: Actor | null | undefined): boolean => actor === SYSTEM_ACTOR;
