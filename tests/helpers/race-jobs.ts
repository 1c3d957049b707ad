// One app instance in a separate process, for tests/integration/jobs-race-processes.test.ts:
//   tsx --conditions=react-server tests/helpers/race-jobs.ts <mode> <job>
// Loads the app's modules and opens the database (DATABASE_FILE or DATABASE_URL), prints "ready",
// waits for "go" on stdin (so every process starts at the same moment), then:
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

const [mode, job] = process.argv.slice(2) as ["due" | "force" | "command", JobName];

async function main() {
  console.info = () => undefined;
  // Connect before "ready", so the race is between queries, not between connection setups.
  await db.jobLease.count();
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      if (String(chunk).includes("go")) resolve();
    });
  });
  let out: unknown;
  if (mode === "command") {
    const { result } = await execute(members.sendRenewalReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null });
    out = result.ok ? { status: "ran", sent: (result.data as { sent: number }).sent } : { status: "refused", code: result.code };
  } else {
    const result = mode === "due" ? await runIfDue(jobDefinition(job)) : await runJob(jobDefinition(job), { trigger: "CLI", onlyIfDue: false });
    out = { status: result.status, sent: result.status === "ran" ? (result.summary?.sent ?? null) : null };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  await db.$disconnect();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ status: "crashed", error: (error as Error)?.name ?? "Error" })}\n`);
  process.exit(1);
});
