import "server-only";
// Runs the automatic jobs. Every server process starts the runner (instrumentation.ts): each TICK_MS
// it asks, per job, whether a run is due — computed from the last run in the database, so every
// instance agrees — and if so tries to take the job's lease. Only the holder runs it; it checks once
// more, holding the lease, that no other instance has started the due run meanwhile, records the start,
// runs, renews the lease while the run goes on and records the outcome. A process that dies mid-run
// lets go when the lease expires; the next holder marks that run interrupted.
// `npm run jobs` (scripts/run-jobs.ts) and "Kør nu" (lib/jobs/commands.ts) run a job the same way.
import crypto from "node:crypto";
import os from "node:os";
import { errorKind } from "@/lib/email/rules";
import { env } from "@/lib/env";
import * as data from "./data";
import { JOB_NAMES, JOBS, type JobName, type JobSummary, type JobTrigger } from "./labels";
import { JOB_WORK } from "./registry";
import { isDue, settledLast, TICK_MS } from "./schedule";

/** What a job does, and how long one run may hold its lease before it must renew it. */
export type JobDefinition = { name: JobName; leaseMs: number; run: (now: Date) => Promise<JobSummary> };

export type RunResult = { status: "ran"; outcome: "OK" | "FAILED"; runId: string; summary?: JobSummary } | { status: "busy" } | { status: "not-due" };

/** This process, as the lease's holder shows it (host and process id; nothing personal). */
const INSTANCE = `${os.hostname()}:${process.pid}`;

export const jobDefinition = (name: JobName): JobDefinition => ({ name, ...JOB_WORK[name] });

/**
 * Runs the job under its lease: "busy" when another run (in any process) holds it; "not-due" when
 * `onlyIfDue` and, read again under the lease, the run is no longer due (another instance ran it).
 * A job that throws is recorded as FAILED with its error's kind; the error itself is never logged.
 */
export async function runJob(job: JobDefinition, opts: { trigger: JobTrigger; onlyIfDue: boolean }): Promise<RunResult> {
  const holder = `${INSTANCE}:${crypto.randomBytes(4).toString("hex")}`;
  if (!(await data.acquireLease(job.name, holder, new Date(), job.leaseMs))) return { status: "busy" };
  const renewal = setInterval(
    () => {
      data
        .renewLease(job.name, holder, new Date(), job.leaseMs)
        .then((held) => {
          if (!held) console.warn(`[jobs] ${job.name} lost its lease while running`);
        })
        .catch((error) => console.error(`[jobs] ${job.name} lease renewal failed: ${errorKind(error)}`));
    },
    Math.max(1_000, Math.floor(job.leaseMs / 3)),
  );
  renewal.unref();
  try {
    const now = new Date();
    const state = await data.jobState(job.name, now);
    if (state.last && state.last.outcome === null) await data.markInterrupted(state.last.id, now);
    if (opts.onlyIfDue && !isDue(JOBS[job.name].schedule, settledLast(state.last, false), state.requestedAt, now)) return { status: "not-due" };
    const runId = await data.startRun(job.name, opts.trigger, now);
    try {
      const summary = await job.run(now);
      await data.finishRun(runId, job.name, { outcome: "OK", summary }, new Date());
      return { status: "ran", outcome: "OK", runId, summary };
    } catch (error) {
      const kind = errorKind(error);
      await data.finishRun(runId, job.name, { outcome: "FAILED", errorKind: kind }, new Date());
      console.error(`[jobs] ${job.name} failed: ${kind}`);
      return { status: "ran", outcome: "FAILED", runId };
    }
  } finally {
    clearInterval(renewal);
    await data.releaseLease(job.name, holder, new Date());
  }
}

/** Runs the job when it is due by its schedule or an administrator asked for a run ("Kør nu"). */
export async function runIfDue(job: JobDefinition, trigger?: JobTrigger): Promise<RunResult> {
  const now = new Date();
  const state = await data.jobState(job.name, now);
  const last = settledLast(state.last, state.leaseHeld);
  if (state.leaseHeld || !isDue(JOBS[job.name].schedule, last, state.requestedAt, now)) return { status: state.leaseHeld ? "busy" : "not-due" };
  const requested = !!state.requestedAt && (!state.last || state.requestedAt > state.last.startedAt);
  return runJob(job, { trigger: trigger ?? (requested ? "MANUAL" : "SCHEDULE"), onlyIfDue: true });
}

const inFlight = new Map<JobName, Promise<RunResult>>();

/** One look at every job: starts each due one that this process is not already running. Never throws. */
export function runDueJobs(): Promise<RunResult[]> {
  return Promise.all(
    JOB_NAMES.map((name) => {
      const running = inFlight.get(name);
      if (running) return running;
      const run = runIfDue(jobDefinition(name))
        .catch((error): RunResult => {
          console.error(`[jobs] ${name} could not start: ${errorKind(error)}`);
          return { status: "busy" };
        })
        .finally(() => inFlight.delete(name));
      inFlight.set(name, run);
      return run;
    }),
  );
}

const RUNNER_KEY = Symbol.for("selvhjaelp-herning.job-runner");

/** Once per server process (instrumentation.ts): a first look a few seconds after start, then every TICK_MS. */
export function startJobRunner(): void {
  if (env().JOB_RUNNER === "off") return;
  const store = globalThis as { [RUNNER_KEY]?: NodeJS.Timeout };
  if (store[RUNNER_KEY]) return;
  const timer = setInterval(() => void runDueJobs(), TICK_MS);
  // Never keeps a process alive on its own account (a build, a script that imports this).
  timer.unref();
  store[RUNNER_KEY] = timer;
  // Instances started together do not all look at the same moment.
  setTimeout(() => void runDueJobs(), 2_000 + Math.floor(Math.random() * 3_000)).unref();
}
