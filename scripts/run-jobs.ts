// Runs the automatic jobs by hand or from cron, under the same lease as the site's own runner (so never
// twice at once, whichever instance or script holds it):
//   npm run jobs -- <name>     run that job now          npm run jobs -- --all    run every job now
//   npm run jobs -- --due      run the jobs that are due (cron, with JOB_RUNNER=off on the site)
//   npm run jobs -- --list     each job's last run and next run
// Reads .env like `npm start`, and the NEXTAUTH_SECRET the site uses (mails queued with a secret link
// are sealed with it). Prints job names, outcomes and counts only. Exits 1 when a run failed, 2 on bad usage.
import { loadEnvFiles } from "./load-env.mjs";
import { authSecret } from "./prepare.mjs";

const USAGE = "Brug: npm run jobs -- <opgave> | --all | --due | --list";

async function main(): Promise<number> {
  // Before the app's modules load: lib/db.ts opens the database the environment names.
  loadEnvFiles(process.cwd());
  process.env.NEXTAUTH_SECRET = authSecret();
  const { db } = await import("@/lib/db");
  const { JOB_NAMES, JOBS, isJobName, summaryText } = await import("@/lib/jobs/labels");
  const { jobDefinition, runIfDue, runJob } = await import("@/lib/jobs/runner");
  const { jobState } = await import("@/lib/jobs/data");
  const { nextRunAt, settledLast } = await import("@/lib/jobs/schedule");
  const { deliveryIdle } = await import("@/lib/email/worker");
  const arg = process.argv[2] ?? "";
  try {
    if (arg === "--list") {
      const now = new Date();
      for (const name of JOB_NAMES) {
        const state = await jobState(name, now);
        const next = nextRunAt(JOBS[name].schedule, settledLast(state.last, state.leaseHeld), state.requestedAt, now);
        const last = state.last ? `${state.last.startedAt.toISOString()} ${state.last.outcome ?? "kører"}` : "aldrig";
        console.log(`${name}: seneste ${last}; næste ${next.toISOString()}`);
      }
      return 0;
    }
    const names = arg === "--all" || arg === "--due" ? [...JOB_NAMES] : isJobName(arg) ? [arg] : null;
    if (!names) {
      console.error(`${USAGE}\nOpgaver: ${JOB_NAMES.join(", ")}`);
      return 2;
    }
    let failed = 0;
    for (const name of names) {
      const job = jobDefinition(name);
      const result = arg === "--due" ? await runIfDue(job, "CLI") : await runJob(job, { trigger: "CLI", onlyIfDue: false });
      if (result.status === "busy") console.log(`${name}: kører allerede et andet sted`);
      else if (result.status === "not-due") console.log(`${name}: ikke tid endnu`);
      else {
        if (result.outcome === "FAILED") failed++;
        const summary = result.summary ? summaryText(JSON.stringify(result.summary)) : "";
        console.log(`${name}: ${result.outcome === "OK" ? "OK" : "FEJLEDE"}${summary ? ` (${summary})` : ""}`);
      }
    }
    // Mails the jobs queued go out before the process ends (when a mail server is set up).
    await deliveryIdle();
    return failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error("Kunne ikke køre de automatiske opgaver:", (error as Error).name);
    process.exit(1);
  });
