import type { createAuthzWorld } from "./world";

export type AuthzWorld = Awaited<ReturnType<typeof createAuthzWorld>>;

/**
 * Who may call an action:
 * - ADMIN: administrators only.
 * - GROUP: administrators, and facilitators with an active assignment on the group in question
 *   (world.groupA, which world.facilitatorA is assigned to; world.facilitatorB is not).
 * - USER: any signed-in, active user (e.g. change own password).
 */
export type Allowed = "ADMIN" | "GROUP" | "USER";

export type AuthzRow = {
  /** "<module>#<export>", e.g. "lib/groups/actions#updateGroup". Must match a real export. */
  action: string;
  allowed: Allowed;
  /** Calls the action with input that is valid for an allowed caller. */
  call: (world: AuthzWorld) => Promise<unknown>;
};
