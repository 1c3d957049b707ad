import "server-only";
// The jobs' lease and run history. The lease is one row per job (JobLease): taking it is one
// conditional UPDATE (free, or its holder's time has run out), so of any number of processes trying
// at once exactly one gets it — on SQLite, where writes are one at a time, and on PostgreSQL at READ
// COMMITTED, where the second UPDATE waits for the first and then re-checks its WHERE against the row
// the first wrote. The row is created on first use (a duplicate from a racing creator is ignored).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/command/define";
import type { JobName, JobSummary, JobTrigger } from "./labels";
import type { LastRun, RunOutcome } from "./schedule";

/** Run history older than this is deleted after each run (the latest run of a job always stays). */
export const HISTORY_DAYS = 14;

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/** The job's lease row, created free on first use. */
async function ensureLease(name: JobName): Promise<void> {
  if (await db.jobLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await db.jobLease.create({ data: { name, holder: null, expiresAt: new Date(0) }, select: { name: true } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // another process created it first
  }
}

const free = (now: Date): Prisma.JobLeaseWhereInput => ({ OR: [{ holder: null }, { expiresAt: { lte: now } }] });

/** Takes the lease for `holder` until now + ttlMs, when nobody holds it or its holder's time ran out. */
export async function acquireLease(name: JobName, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  await ensureLease(name);
  const { count } = await db.jobLease.updateMany({
    where: { name, ...free(now) },
    data: { holder, expiresAt: new Date(now.getTime() + ttlMs), acquiredAt: now },
  });
  return count === 1;
}

/** Extends the lease while a long run goes on; false when the holder has lost it (its time ran out and another took it). */
export async function renewLease(name: JobName, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const { count } = await db.jobLease.updateMany({ where: { name, holder }, data: { expiresAt: new Date(now.getTime() + ttlMs) } });
  return count === 1;
}

/** Lets go of the lease (only the holder can). */
export async function releaseLease(name: JobName, holder: string, now: Date): Promise<void> {
  await db.jobLease.updateMany({ where: { name, holder }, data: { holder: null, expiresAt: now } });
}

/** "Kør nu": records the request in the command's transaction; the next run that starts answers it. */
export async function requestRun(tx: Tx, name: JobName, now: Date): Promise<void> {
  const { count } = await tx.jobLease.updateMany({ where: { name }, data: { requestedAt: now } });
  // A racing creator makes this a unique violation, which the pipeline runs again (lib/command/execute.ts).
  if (count === 0) await tx.jobLease.create({ data: { name, holder: null, expiresAt: new Date(0), requestedAt: now }, select: { name: true } });
}

export type JobState = { last: (LastRun & { id: string }) | null; requestedAt: Date | null; leaseHeld: boolean };

const lastRunSelect = { id: true, startedAt: true, finishedAt: true, outcome: true } as const;

/** The job's latest run, the pending request and whether its lease is held at `now`. */
export async function jobState(name: JobName, now: Date): Promise<JobState> {
  const [last, lease] = await Promise.all([
    db.jobRun.findFirst({ where: { job: name }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], select: lastRunSelect }),
    db.jobLease.findUnique({ where: { name }, select: { holder: true, expiresAt: true, requestedAt: true } }),
  ]);
  return {
    last: last ? { ...last, outcome: last.outcome as RunOutcome | null } : null,
    requestedAt: lease?.requestedAt ?? null,
    leaseHeld: !!lease?.holder && lease.expiresAt > now,
  };
}

/** A run whose process died before it finished (found by the next holder of the lease). */
export async function markInterrupted(runId: string, now: Date): Promise<void> {
  await db.jobRun.updateMany({ where: { id: runId, outcome: null }, data: { outcome: "FAILED", errorKind: "Interrupted", finishedAt: now } });
}

export async function startRun(name: JobName, trigger: JobTrigger, now: Date): Promise<string> {
  const run = await db.jobRun.create({ data: { job: name, trigger, startedAt: now }, select: { id: true } });
  return run.id;
}

/** Records how the run ended (once: a run already marked interrupted stays so), then trims the history. */
export async function finishRun(
  runId: string,
  name: JobName,
  result: { outcome: RunOutcome; summary?: JobSummary; errorKind?: string },
  now: Date,
): Promise<void> {
  await db.jobRun.updateMany({
    where: { id: runId, outcome: null },
    data: {
      outcome: result.outcome,
      finishedAt: now,
      summary: result.summary ? JSON.stringify(result.summary) : null,
      errorKind: result.errorKind ?? null,
    },
  });
  await db.jobRun.deleteMany({ where: { job: name, startedAt: { lt: new Date(now.getTime() - HISTORY_DAYS * 86_400_000) }, id: { not: runId } } });
}
