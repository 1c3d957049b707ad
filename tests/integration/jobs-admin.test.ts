import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import DashboardPage from "@/app/admin/page";
import JobsPage from "@/app/admin/drift/page";
import { actorOf } from "../helpers/fixtures";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { runJobNowAction } from "@/lib/jobs/actions";
import { jobsNeedingAttention } from "@/lib/jobs/overview-data";
import { jobDefinition, runJob } from "@/lib/jobs/runner";
import * as meetings from "@/lib/meetings/commands";
import * as members from "@/lib/members/commands";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { createAdmin, createFacilitator } from "../helpers/fixtures";
import { redirectOf, revalidatedPaths, signInAs } from "../helpers/request";

// The administrators' view of the automatic jobs (/admin/drift, the overview's warning) and "Kør nu",
// on a real database; the pages render for real (their client buttons need the app router only for
// router.refresh, which is replaced here).
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: () => undefined, push: () => undefined, replace: () => undefined }),
}));

let adminId: string;
let facilitatorId: string;

beforeEach(async () => {
  await clearPeopleAndGroups();
  await db.jobRun.deleteMany();
  await db.jobLease.deleteMany();
  adminId = (await createAdmin()).id;
  facilitatorId = (await createFacilitator()).user.id;
  signInAs(adminId);
});

const written = async () => ({ runs: await db.jobRun.count(), leases: await db.jobLease.count(), audit: await db.auditEvent.count() });

describe("Kør nu", () => {
  it("runs the job at once as a manual run, audited as the administrator's request", async () => {
    expect(await runJobNowAction({ job: "expire-memberships" })).toEqual({ ok: true });
    const runs = await db.jobRun.findMany();
    expect(runs).toMatchObject([{ job: "expire-memberships", trigger: "MANUAL", outcome: "OK" }]);
    expect(
      await db.auditEvent.findMany({ where: { action: "job.run-request" }, select: { actorUserId: true, entityType: true, entityId: true } }),
    ).toEqual([{ actorUserId: adminId, entityType: "Job", entityId: "expire-memberships" }]);
    expect(revalidatedPaths()).toContain("/admin");
    // The request is answered: the job is not due again.
    expect(await runJobNowAction({ job: "expire-memberships" })).toEqual({ ok: true });
    expect(await db.jobRun.count()).toBe(2);
  });

  it("while the job runs elsewhere, the request waits for that run to end and then runs it once more", async () => {
    await db.jobLease.create({ data: { name: "retention-purge", holder: "other:1", expiresAt: new Date(Date.now() + 60_000) } });
    const running = await db.jobRun.create({ data: { job: "retention-purge", trigger: "SCHEDULE", startedAt: new Date() } });
    expect(await runJobNowAction({ job: "retention-purge" })).toEqual({ ok: true });
    expect(await db.jobRun.count()).toBe(1);
    // The other run ends and lets go: the next look finds the request.
    await db.jobRun.update({ where: { id: running.id }, data: { outcome: "OK", finishedAt: new Date() } });
    await db.jobLease.update({ where: { name: "retention-purge" }, data: { holder: null } });
    const { runIfDue } = await import("@/lib/jobs/runner");
    expect(await runIfDue(jobDefinition("retention-purge"))).toMatchObject({ status: "ran" });
    expect((await db.jobRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } })).trigger).toBe("MANUAL");
  });

  it("refuses anonymous callers and facilitators, and input that names no job, writing nothing", async () => {
    const before = await written();
    signInAs(null);
    expect(await runJobNowAction({ job: "retention-purge" })).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs(facilitatorId);
    expect(await runJobNowAction({ job: "retention-purge" })).toMatchObject({ ok: false, code: "DENIED", message: "Du har ikke adgang til dette." });
    signInAs(adminId);
    for (const input of [{}, { job: "drop-tables" }, { job: ["retention-purge"] }, "retention-purge", null]) {
      expect(await runJobNowAction(input)).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(await runJobNowAction({ job: "" })).toMatchObject({ fieldErrors: { job: ["Vælg en af de automatiske opgaver."] } });
    expect(await written()).toEqual(before);
  });
});

describe("the jobs' own commands", () => {
  it("refuse everyone but the system, administrators included", async () => {
    const admin = await actorOf(adminId);
    for (const cmd of [members.markExpired, meetings.sendAttendanceReminders]) {
      expect((await execute(cmd, {}, { actor: admin, clientIp: null })).result).toMatchObject({ ok: false, code: "DENIED" });
      expect((await execute(cmd, {}, { actor: null, clientIp: null })).result).toMatchObject({ ok: false, code: "SIGNED_OUT" });
      // An actor that merely looks like the system (a user row named so) is not it.
      const lookalike = { ...SYSTEM_ACTOR };
      expect((await execute(cmd, {}, { actor: lookalike, clientIp: null })).result).toMatchObject({ ok: false, code: "DENIED" });
      expect((await execute(cmd, {}, { actor: SYSTEM_ACTOR, clientIp: null })).result).toMatchObject({ ok: true });
    }
  });
});

describe("/admin/drift", () => {
  it("anonymous → login, facilitator → no access, administrator → the page", async () => {
    signInAs(null);
    expect(await redirectOf(() => JobsPage())).toBe("/login");
    signInAs(facilitatorId);
    expect(await redirectOf(() => JobsPage())).toBe("/admin/ingen-adgang");
    signInAs(adminId);
    expect(await redirectOf(() => JobsPage())).toBeNull();
  });

  it("shows every job, a failed run with its error's kind, the counts of a good one, and 'Kør nu'", async () => {
    const failing = { ...jobDefinition("email-delivery"), run: async () => Promise.reject(Object.assign(new Error("x"), { code: "ECONNREFUSED" })) };
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await runJob(failing, { trigger: "SCHEDULE", onlyIfDue: false });
    await runJob(jobDefinition("expire-memberships"), { trigger: "CLI", onlyIfDue: false });
    const html = renderToStaticMarkup(await JobsPage());
    expect(html).toContain("Automatiske opgaver");
    for (const label of [
      "Påmindelser om fornyelse",
      "Udløbne medlemskaber",
      "Sletning efter opbevaringsperioden",
      "Afsendelse af mails",
      "Påmindelser om fremmøde",
    ]) {
      expect(html).toContain(label);
    }
    expect(html).toContain("Fejlede (ECONNREFUSED)");
    expect(html).toContain("0 perioder udløbet, 0 uden fornyelse");
    expect(html).toContain("fra kommandolinjen");
    expect(html).toContain("Har ikke kørt endnu");
    expect(html.match(/>Kør nu</g)?.length).toBe(5);
  });
});

describe("the overview's warning", () => {
  it("names a job whose last run failed and one that has not run for two periods; none when all is well", async () => {
    const admin = await actorOf(adminId);
    const recent = new Date();
    for (const job of ["renewal-reminders", "retention-purge", "email-delivery", "attendance-reminders", "expire-memberships"]) {
      await db.jobRun.create({ data: { job, trigger: "SCHEDULE", startedAt: recent, finishedAt: recent, outcome: "OK" } });
    }
    expect(await jobsNeedingAttention(admin)).toEqual([]);
    expect(renderToStaticMarkup(await DashboardPage())).not.toContain("Automatiske opgaver kræver opmærksomhed");

    await db.jobRun.create({ data: { job: "retention-purge", trigger: "SCHEDULE", startedAt: new Date(), outcome: "FAILED", errorKind: "P1001" } });
    await db.jobRun.updateMany({ where: { job: "email-delivery" }, data: { startedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await jobsNeedingAttention(admin)).toEqual([
      { name: "retention-purge", health: "failed" },
      { name: "email-delivery", health: "overdue" },
    ]);
    const html = renderToStaticMarkup(await DashboardPage());
    expect(html).toContain("Automatiske opgaver kræver opmærksomhed");
    expect(html).toContain("Sletning efter opbevaringsperioden: seneste kørsel fejlede");
    expect(html).toContain("Afsendelse af mails: har ikke kørt i over to perioder");
    expect(html).toContain('href="/admin/drift"');
  });
});
