import "server-only";
// "Kør nu" on /admin/drift. Administrators only. The command records the request (audited) in its
// transaction; after commit this process runs the job under its lease, so the page shows the run when
// it reloads. When another process holds the lease, that run is already going on, and the request
// makes the job run once more after it (lib/jobs/schedule.ts nextRunAt), wherever a runner is active.
import { command, done } from "@/lib/command/define";
import * as data from "./data";
import { jobDefinition, runIfDue } from "./runner";
import { runJobInput } from "./schema";

export const runJobNow = command({
  name: "jobs.run-now",
  policy: { kind: "admin" },
  input: runJobInput,
  run: async (tx, _actor, input) => {
    await data.requestRun(tx, input.job, new Date());
    return done();
  },
  refusals: {},
  audit: { verb: "job.run-request", entity: (input) => ({ type: "Job", id: input.job }) },
  invalidates: () => [{ kind: "audit" }],
  after: async (input) => {
    await runIfDue(jobDefinition(input.job));
  },
});
