import "server-only";
// A command is every write of the site, declared once: who may call it, what input it takes, what it
// does inside one transaction, what each refusal says, what it audits, what it invalidates and what it
// does after commit. lib/command/execute.ts runs it; lib/command/perform.ts is the edge for Next.
// Commands and data functions never import Next, so scripts can run them too.
import type { z } from "@/lib/validation/zod";
import type { Actor } from "@/lib/auth/actor";
import type { MemberActor } from "@/lib/member-session/actor";
import type { Change } from "@/lib/cache/invalidate";
import type { AuditDetails, AuditEntity, AuditVerb } from "@/lib/audit/verbs";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Who may call a command. */
export type Policy<I> =
  /** Anyone: a public form, protected by the honeypot (when posted as a form) and a rate limit. */
  | { kind: "public"; rateLimit: { scope: string; email?: (input: I) => string } }
  /** Anyone holding a secret in the input (a one-time link); the command checks it, rate limited per address. */
  | { kind: "link"; rateLimit: { scope: string } }
  /** Any signed-in, active user. */
  | { kind: "user" }
  /** Administrators only. */
  | { kind: "admin" }
  /** Administrators, and facilitators with an active assignment on the group the input names. */
  | { kind: "group"; groupId: (input: I) => string }
  /** The site itself (an automatic job, lib/jobs, with SYSTEM_ACTOR): never a person, administrators included. */
  | { kind: "system" }
  /**
   * A member signed in to their own page ("Min side", lib/member-session): run() gets the member,
   * never a staff user, and everything it reads or writes is scoped by that member's id. Optionally
   * rate limited per member (commands that send email to an address the member typed).
   */
  | { kind: "member"; rateLimit?: { scope: string } };

/** The caller run() gets: signed-in policies guarantee an actor; public ones may have none. */
export type ActorOf<P> = P extends { kind: "member" } ? MemberActor : P extends { kind: "public" | "link" } ? Actor | null : Actor;

/** What run() returns: data for the browser and the effects, or a refusal code (which rolls back). */
export type Outcome<D, C extends string> = { ok: true; data: D } | { ok: false; code: C };

export type Refusals<C extends string> = Record<C, string | { field: string; message: string }>;

export type AuditSpec<I, D> = {
  verb: AuditVerb | ((input: I, data: D) => AuditVerb);
  entity: (input: I, data: D) => { type: AuditEntity; id: string | null };
  details?: (input: I, data: D) => AuditDetails;
  /** Who acted, when not the caller (e.g. the invited user who set a password through a link). */
  actor?: (input: I, data: D) => string | null;
  /** Audits only when this holds (an automatic job that changed nothing leaves no row). */
  onlyIf?: (input: I, data: D) => boolean;
  /** The member who acted through a one-time link of their own (signing in, confirming a new address). */
  memberActor?: (input: I, data: D) => string | null;
};

export type Command<I, D, C extends string, R, P extends Policy<I> = Policy<I>, X = undefined> = {
  /** "<feature>.<verb>", e.g. "applications.accept"; used in logs (never with input). */
  name: string;
  policy: P;
  /** Parses the raw input (a plain object, or the fields of a posted form) once. */
  input: z.ZodType<I>;
  /**
   * Slow work that must not hold the transaction (password hashing), after the policy, the parse and
   * the rate limit; its result is run()'s fourth argument. Reads only: nothing it does is rolled back.
   */
  prepare?: (input: I, actor: ActorOf<P>) => Promise<X>;
  run: (tx: Tx, actor: ActorOf<P>, input: I, prepared: X) => Promise<Outcome<D, C>>;
  refusals: Refusals<C>;
  /** Written in the same transaction as the change. */
  audit?: AuditSpec<I, D>;
  /** The cached pages the change shows on (lib/cache/invalidate.ts). */
  invalidates?: (input: I, data: D) => Change[];
  /**
   * After commit: effects that must not roll back the change. Not emails: run queues those with
   * queueEmail(tx, …) (lib/email/queue.ts), so they commit with the change and are retried when sending fails.
   */
  after?: (input: I, data: D, actor: Actor | null) => Promise<void>;
  /** The fields the browser gets back; nothing when absent. */
  result?: (data: D) => R;
  /** Where a successful form post goes (a path of this site). */
  redirectTo?: (input: I, data: D) => string;
};

/**
 * Any command, as execute() takes it. run()'s actor is loosened: Command<…, any> would type it as
 * `Actor | null`, which no signed-in command (whose run takes an Actor) is assignable to; execute()
 * itself guarantees the actor the policy promises.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export type AnyCommand = Omit<Command<any, any, string, any, any, any>, "run" | "prepare"> & {
  prepare?: (input: any, actor: any) => Promise<any>;
  run: (tx: Tx, actor: any, input: any, prepared: any) => Promise<Outcome<any, string>>;
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Declares a command; the identity function gives the declaration its types. */
export function command<I, D, C extends string = never, R = undefined, P extends Policy<I> = Policy<I>, X = undefined>(
  def: Command<I, D, C, R, P, X>,
): Command<I, D, C, R, P, X> {
  return def;
}

/** The successful outcome. */
export const done = <D = undefined>(data?: D): { ok: true; data: D } => ({ ok: true, data: data as D });
/** A refusal: nothing the run wrote is kept. */
export const refuse = <C extends string>(code: C): { ok: false; code: C } => ({ ok: false, code });

/**
 * Runs `also` in the same transaction after a write that went through (a follow-up the write causes,
 * e.g. re-counting a group or queueing its emails); a refusal is passed on untouched.
 */
export async function alsoWhenDone<D, C extends string>(write: Promise<Outcome<D, C>>, also: (data: D) => Promise<unknown>): Promise<Outcome<D, C>> {
  const outcome = await write;
  if (outcome.ok) await also(outcome.data);
  return outcome;
}
