// One app instance in a separate process, for tests/integration/jobs-race-processes.test.ts:
//   tsx --conditions=react-server tests/helpers/race-jobs.ts <mode> <job>
// Opens the database (DATABASE_FILE or DATABASE_URL) and, when told to go (tests/helpers/race-process.ts):
//   due      — the runner's own look (runIfDue): what each instance does on its timer
//   force    — `npm run jobs -- <job>` (runJob, due or not)
//   command  — the job's command straight through the pipeline as the system, past the lease (as a run
//              that outlived its lease would)
// and prints one JSON line with what it got.
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import type { JobName } from "@/lib/jobs/labels";
import { jobDefinition, runIfDue, runJob } from "@/lib/jobs/runner";
import * as members from "@/lib/members/commands";
import { runRaceProcess } from "./race-process";

const [mode, job] = process.argv.slice(2) as ["due" | "force" | "command", JobName];

runRaceProcess(
  () => db.jobLease.count(), // connect before "ready", so the race is between queries, not connection setups
  async () => {
    if (mode === "command") {
      const { result } = await execute(members.sendRenewalReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null });
      return result.ok ? { status: "ran", sent: (result.data as { sent: number }).sent } : { status: "refused", code: result.code };
    }
    const result = mode === "due" ? await runIfDue(jobDefinition(job)) : await runJob(jobDefinition(job), { trigger: "CLI", onlyIfDue: false });
    return { status: result.status, sent: result.status === "ran" ? (result.summary?.sent ?? null) : null };
  },
  (error) => ({ status: "crashed", error: error?.name ?? "Error" }),
);
