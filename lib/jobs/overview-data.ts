import "server-only";
// What /admin/drift and the administrators' overview show about the automatic jobs: each job's last
// run, its health and its next run, and the latest runs. Counts and error kinds only. For pages that
// have checked the administrator (requireAdminPage) and pass the actor.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { JOB_NAMES, JOBS, type JobName, type JobTrigger } from "./labels";
import { jobHealth, needsAttention, nextRunAt, settledLast, type JobHealth, type RunOutcome } from "./schedule";

export type RunRow = {
  id: string;
  job: JobName;
  trigger: JobTrigger;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: RunOutcome | null;
  summary: string | null;
  errorKind: string | null;
};

export type JobOverview = { name: JobName; last: RunRow | null; health: JobHealth; nextRunAt: Date; requested: boolean };

const runSelect = { id: true, job: true, trigger: true, startedAt: true, finishedAt: true, outcome: true, summary: true, errorKind: true } as const;

const asRow = (r: { job: string; trigger: string; outcome: string | null } & Omit<RunRow, "job" | "trigger" | "outcome">): RunRow => ({
  ...r,
  job: r.job as JobName,
  trigger: r.trigger as JobTrigger,
  outcome: r.outcome as RunOutcome | null,
});

/** Every job with its latest run: one query per job on the (job, startedAt) index, and one for the leases. */
export async function listJobOverview(_admin: Actor, now = new Date()): Promise<JobOverview[]> {
  const [lasts, leases] = await Promise.all([
    Promise.all(JOB_NAMES.map((job) => db.jobRun.findFirst({ where: { job }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], select: runSelect }))),
    db.jobLease.findMany({ select: { name: true, holder: true, expiresAt: true, requestedAt: true } }),
  ]);
  return JOB_NAMES.map((name, i) => {
    const last = lasts[i] ? asRow(lasts[i]) : null;
    const lease = leases.find((l) => l.name === name);
    const leaseHeld = !!lease?.holder && lease.expiresAt > now;
    const { schedule } = JOBS[name];
    const requestedAt = lease?.requestedAt ?? null;
    return {
      name,
      last,
      health: jobHealth(schedule, last, leaseHeld, now),
      nextRunAt: nextRunAt(schedule, settledLast(last, leaseHeld), requestedAt, now),
      requested: !!requestedAt && (!last || requestedAt > last.startedAt),
    };
  });
}

/** The latest runs of every job, newest first. */
export async function listRecentRuns(_admin: Actor, take = 25): Promise<RunRow[]> {
  const rows = await db.jobRun.findMany({ orderBy: [{ startedAt: "desc" }, { id: "desc" }], take, select: runSelect });
  return rows.map(asRow);
}

/** The jobs the overview warns about: the last run failed, or none has started for twice the period. */
export async function jobsNeedingAttention(admin: Actor, now = new Date()): Promise<{ name: JobName; health: JobHealth }[]> {
  return (await listJobOverview(admin, now)).filter((j) => needsAttention(j.health)).map((j) => ({ name: j.name, health: j.health }));
}
