import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { acquireLease, jobState, releaseLease, renewLease } from "@/lib/jobs/data";
import { runDueJobs, runIfDue, runJob, type JobDefinition } from "@/lib/jobs/runner";

// The lease and the runner on a real database (SQLite here, PostgreSQL in integration-pg). Concurrent
// acquirers are real: on PostgreSQL each takes its own pooled connection and the UPDATEs meet in the
// server; tests/integration/jobs-race-processes.test.ts does the same across processes.

const MIN = 60_000;
const T0 = new Date("2026-03-02T08:00:00Z");

beforeEach(async () => {
  await db.jobRun.deleteMany();
  await db.jobLease.deleteMany();
  vi.restoreAllMocks();
});

/** A job that counts its runs and can be held open until released. */
function countingJob(name: JobDefinition["name"], opts: { leaseMs?: number; fail?: boolean } = {}) {
  let runs = 0;
  let release: () => void = () => undefined;
  let gate: Promise<void> | null = null;
  const job: JobDefinition = {
    name,
    leaseMs: opts.leaseMs ?? 5 * MIN,
    run: async () => {
      runs++;
      if (gate) await gate;
      if (opts.fail) throw Object.assign(new Error("Connection refused to smtp.example.dk for mette@example.dk"), { code: "ECONNREFUSED" });
      return { sent: runs };
    },
  };
  return {
    job,
    runs: () => runs,
    hold: () => {
      gate = new Promise<void>((r) => (release = r));
    },
    release: () => release(),
  };
}

describe("the lease", () => {
  it("of many acquirers at the same moment, exactly one gets it", async () => {
    const holders = Array.from({ length: 12 }, (_, i) => `holder-${i}`);
    const won = await Promise.all(holders.map((h) => acquireLease("retention-purge", h, T0, 5 * MIN)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const lease = await db.jobLease.findUniqueOrThrow({ where: { name: "retention-purge" } });
    expect(lease.holder).toBe(holders[won.indexOf(true)]);
    expect(lease.expiresAt).toEqual(new Date(T0.getTime() + 5 * MIN));
  });

  it("is refused while held, and free again once its time has run out (a crashed holder does not block for ever)", async () => {
    expect(await acquireLease("retention-purge", "a", T0, 5 * MIN)).toBe(true);
    expect(await acquireLease("retention-purge", "b", new Date(T0.getTime() + 4 * MIN), 5 * MIN)).toBe(false);
    expect(await acquireLease("retention-purge", "b", new Date(T0.getTime() + 5 * MIN), 5 * MIN)).toBe(true);
    // The old holder cannot renew or release what is no longer its lease.
    expect(await renewLease("retention-purge", "a", new Date(T0.getTime() + 5 * MIN), 5 * MIN)).toBe(false);
    await releaseLease("retention-purge", "a", new Date(T0.getTime() + 5 * MIN));
    expect((await db.jobLease.findUniqueOrThrow({ where: { name: "retention-purge" } })).holder).toBe("b");
  });

  it("renewal keeps it while a long run goes on; release frees it at once", async () => {
    expect(await acquireLease("retention-purge", "a", T0, 5 * MIN)).toBe(true);
    expect(await renewLease("retention-purge", "a", new Date(T0.getTime() + 4 * MIN), 5 * MIN)).toBe(true);
    expect(await acquireLease("retention-purge", "b", new Date(T0.getTime() + 6 * MIN), 5 * MIN)).toBe(false);
    await releaseLease("retention-purge", "a", new Date(T0.getTime() + 6 * MIN));
    expect(await acquireLease("retention-purge", "b", new Date(T0.getTime() + 6 * MIN), 5 * MIN)).toBe(true);
  });

  it("is created once even when many first uses race", async () => {
    const won = await Promise.all(Array.from({ length: 8 }, (_, i) => acquireLease("email-delivery", `h${i}`, T0, MIN)));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await db.jobLease.count({ where: { name: "email-delivery" } })).toBe(1);
  });
});

describe("the runner", () => {
  it("records a run with its trigger, outcome and counts, and lets go of the lease", async () => {
    const { job } = countingJob("retention-purge");
    expect(await runJob(job, { trigger: "CLI", onlyIfDue: false })).toMatchObject({ status: "ran", outcome: "OK", summary: { sent: 1 } });
    const [run] = await db.jobRun.findMany();
    expect(run).toMatchObject({ job: "retention-purge", trigger: "CLI", outcome: "OK", summary: JSON.stringify({ sent: 1 }), errorKind: null });
    expect(run.finishedAt).toBeInstanceOf(Date);
    expect((await db.jobLease.findUniqueOrThrow({ where: { name: "retention-purge" } })).holder).toBeNull();
  });

  it("many runners at once: the job runs exactly once for one due run", async () => {
    const counter = countingJob("retention-purge");
    const results = await Promise.all(Array.from({ length: 8 }, () => runIfDue(counter.job)));
    expect(counter.runs()).toBe(1);
    expect(results.filter((r) => r.status === "ran")).toHaveLength(1);
    expect(await db.jobRun.count()).toBe(1);
    // Due again only at its next daily slot: another look now runs nothing.
    expect(await runIfDue(counter.job)).toEqual({ status: "not-due" });
    expect(counter.runs()).toBe(1);
  });

  it("a runner that found the job due just before another instance ran it checks again under the lease and runs nothing", async () => {
    const counter = countingJob("retention-purge");
    expect(await runIfDue(counter.job)).toMatchObject({ status: "ran" });
    // What runIfDue does after its (now stale) look found the job due: take the lease, then look again.
    expect(await runJob(counter.job, { trigger: "SCHEDULE", onlyIfDue: true })).toEqual({ status: "not-due" });
    expect(counter.runs()).toBe(1);
    expect(await db.jobRun.count()).toBe(1);
  });

  it("does not start a second run while one holds the lease, in this process or any other", async () => {
    const counter = countingJob("retention-purge");
    counter.hold();
    const first = runJob(counter.job, { trigger: "SCHEDULE", onlyIfDue: false });
    await vi.waitFor(() => expect(counter.runs()).toBe(1));
    expect(await runJob(counter.job, { trigger: "CLI", onlyIfDue: false })).toEqual({ status: "busy" });
    expect(await runIfDue(counter.job)).toEqual({ status: "busy" });
    const overview = await jobState("retention-purge", new Date());
    expect(overview.leaseHeld).toBe(true);
    expect(overview.last?.outcome).toBeNull();
    counter.release();
    expect(await first).toMatchObject({ status: "ran", outcome: "OK" });
    expect(counter.runs()).toBe(1);
  });

  it("renews the lease while a run outlasts it, so nobody else starts the job meanwhile", async () => {
    const counter = countingJob("retention-purge", { leaseMs: 1_500 });
    counter.hold();
    const first = runJob(counter.job, { trigger: "SCHEDULE", onlyIfDue: false });
    await vi.waitFor(() => expect(counter.runs()).toBe(1));
    const before = (await db.jobLease.findUniqueOrThrow({ where: { name: "retention-purge" } })).expiresAt;
    await vi.waitFor(
      async () => expect((await db.jobLease.findUniqueOrThrow({ where: { name: "retention-purge" } })).expiresAt > before).toBe(true),
      { timeout: 10_000, interval: 200 },
    );
    expect(await runJob(countingJob("retention-purge").job, { trigger: "CLI", onlyIfDue: false })).toEqual({ status: "busy" });
    counter.release();
    await first;
  });

  it("records a failing job as FAILED with the error's kind only — never its message — and tries again later", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const counter = countingJob("email-delivery", { fail: true });
    expect(await runJob(counter.job, { trigger: "SCHEDULE", onlyIfDue: false })).toMatchObject({ status: "ran", outcome: "FAILED" });
    const [run] = await db.jobRun.findMany();
    expect(run).toMatchObject({ outcome: "FAILED", errorKind: "ECONNREFUSED", summary: null });
    const logged = error.mock.calls.flat().join(" ");
    expect(logged).toContain("ECONNREFUSED");
    expect(logged).not.toMatch(/mette|smtp\.example/);
    expect((await db.jobLease.findUniqueOrThrow({ where: { name: "email-delivery" } })).holder).toBeNull();
  });

  it("marks a run whose process died (no outcome, lease expired) as interrupted, and runs the job again", async () => {
    const started = new Date(Date.now() - 60 * MIN);
    const dead = await db.jobRun.create({ data: { job: "retention-purge", trigger: "SCHEDULE", startedAt: started } });
    await db.jobLease.create({ data: { name: "retention-purge", holder: "died:1", expiresAt: new Date(started.getTime() + 10 * MIN) } });
    const counter = countingJob("retention-purge");
    expect(await runIfDue(counter.job)).toMatchObject({ status: "ran", outcome: "OK" });
    expect(await db.jobRun.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ outcome: "FAILED", errorKind: "Interrupted" });
  });

  it("'Kør nu' makes a job due at once although it ran today; the run that starts answers the request", async () => {
    const counter = countingJob("renewal-reminders");
    await runJob(counter.job, { trigger: "SCHEDULE", onlyIfDue: false });
    expect(await runIfDue(counter.job)).toEqual({ status: "not-due" });
    await db.jobLease.update({ where: { name: "renewal-reminders" }, data: { requestedAt: new Date() } });
    expect(await runIfDue(counter.job)).toMatchObject({ status: "ran" });
    expect(await runIfDue(counter.job)).toEqual({ status: "not-due" });
    expect((await db.jobRun.findMany({ orderBy: { startedAt: "asc" } })).map((r) => r.trigger)).toEqual(["SCHEDULE", "MANUAL"]);
  });

  it("keeps two weeks of history per job, and always the latest run", async () => {
    const old = new Date(Date.now() - 20 * 24 * 60 * MIN);
    await db.jobRun.create({ data: { job: "retention-purge", trigger: "SCHEDULE", startedAt: old, outcome: "OK" } });
    await db.jobRun.create({ data: { job: "email-delivery", trigger: "SCHEDULE", startedAt: old, outcome: "OK" } });
    await runJob(countingJob("retention-purge").job, { trigger: "CLI", onlyIfDue: false });
    expect((await db.jobRun.findMany({ select: { job: true }, orderBy: { job: "asc" } })).map((r) => r.job)).toEqual([
      "email-delivery",
      "retention-purge",
    ]);
  });

  it("one look at every job starts each due one once, and a second look at once finds the daily ones not due", async () => {
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    // The second look joins the runs the first started in this process instead of starting its own.
    const [first, second] = await Promise.all([runDueJobs(), runDueJobs()]);
    expect(second).toEqual(first);
    const ran = first.filter((r) => r.status === "ran");
    expect(ran.length).toBe(5);
    expect(ran.every((r) => r.status === "ran" && r.outcome === "OK")).toBe(true);
    expect(await db.jobRun.count()).toBe(5);
    const again = await runDueJobs();
    expect(again.filter((r) => r.status === "ran")).toHaveLength(0);
  });
});
