// Called once when a Next.js server process starts (next start, next dev). In the Node.js runtime it
// starts the job runner (lib/jobs/runner.ts): every 30 s the process looks for automatic jobs that are
// due — renewal reminders, expired memberships, the retention purge, sending the outbox again,
// attendance reminders — and runs each under a lease in the database, so with several instances each
// due run happens on one of them. JOB_RUNNER=off leaves it out (then run `npm run jobs -- --due` from cron).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startJobRunner } = await import("./lib/jobs/runner");
    startJobRunner();
  }
}
