import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue";
import { deliveryIdle } from "@/lib/email/worker";
import { jobDefinition, runJob } from "@/lib/jobs/runner";
import type { JobName } from "@/lib/jobs/labels";
import * as members from "@/lib/members/commands";
import { sendRenewalRemindersAction } from "@/lib/members/actions";
import { memberStanding } from "@/lib/members/rules";
import { todayInDenmark } from "@/lib/validation/fields";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { createAdmin, createApplication, createMember } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";
import { startSmtpCapture } from "../helpers/smtp-capture";

// What each automatic job changes, run as the runner runs it (the real job definitions, through the
// command pipeline as the system actor), and that running it again changes nothing more. The attendance
// reminder has its own file (jobs-attendance.test.ts).

const DAY = 86_400_000;
let adminId: string;

beforeEach(async () => {
  await clearPeopleAndGroups();
  await db.jobRun.deleteMany();
  await db.jobLease.deleteMany();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

const run = (name: JobName) => runJob(jobDefinition(name), { trigger: "CLI", onlyIfDue: false });

async function paidUntil(daysFromNow: number, email?: string) {
  const member = await createMember({ email });
  const end = todayInDenmark(new Date(Date.now() + daysFromNow * DAY));
  const ms = await db.membership.create({
    data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * DAY), periodEnd: end },
  });
  return { member, ms };
}

describe("renewal reminders", () => {
  it("emails each member whose paid period ends within the setting's days, once per membership and period, audited by the system", async () => {
    await db.settings.create({ data: { id: 1, renewalReminderDays: 10 } });
    const soon = await paidUntil(5, "snart@example.dk");
    await paidUntil(15, "senere@example.dk");
    expect(await run("renewal-reminders")).toMatchObject({ status: "ran", outcome: "OK", summary: { sent: 1 } });
    expect((await db.outboxEmail.findMany()).map((m) => m.to)).toEqual(["snart@example.dk"]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: soon.ms.id } })).reminderSentAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findMany({ where: { action: "membership.reminder" }, select: { actorUserId: true, details: true } })).toEqual([
      { actorUserId: null, details: JSON.stringify({ sent: 1 }) },
    ]);

    expect(await run("renewal-reminders")).toMatchObject({ outcome: "OK", summary: { sent: 0 } });
    expect(await db.outboxEmail.count()).toBe(1);
    expect((await db.jobRun.findFirstOrThrow({ orderBy: { startedAt: "desc" } })).summary).toBe(JSON.stringify({ sent: 0 }));
  });

  it("the job and a coordinator's button at the same moment send one reminder per membership", async () => {
    for (let i = 0; i < 5; i++) await paidUntil(3 + i);
    const [job, button] = await Promise.all([run("renewal-reminders"), sendRenewalRemindersAction({})]);
    const sentByJob = job.status === "ran" ? (job.summary?.sent ?? 0) : 0;
    const sentByButton = button.ok ? button.data.sent : 0;
    expect(sentByJob + sentByButton).toBe(5);
    expect(await db.outboxEmail.count()).toBe(5);
    expect(new Set((await db.outboxEmail.findMany()).map((m) => m.to)).size).toBe(5);
  });

  it("two runs that both got past the lease (one outlived its lease) still send one reminder per membership", async () => {
    for (let i = 0; i < 4; i++) await paidUntil(3 + i);
    const both = await Promise.all([
      execute(members.sendRenewalReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null }),
      execute(members.sendRenewalReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null }),
    ]);
    const sent = both.map(({ result }) => (result.ok ? (result.data as { sent: number }).sent : -1));
    expect(sent[0] + sent[1]).toBe(4);
    expect(await db.outboxEmail.count()).toBe(4);
  });
});

describe("expired memberships", () => {
  it("stamps the paid and waived periods whose last day has passed, once, keeps their status, and counts those not renewed", async () => {
    const lapsed = await paidUntil(-1);
    const renewed = await paidUntil(-10);
    await db.membership.update({ where: { id: renewed.ms.id }, data: { status: "WAIVED", feeOre: 0 } });
    await db.membership.create({
      data: { memberId: renewed.member.id, feeOre: 10000, status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 300 * DAY) },
    });
    const running = await paidUntil(0); // its last day is today: still running
    const pending = await db.membership.create({ data: { memberId: (await createMember()).id, feeOre: 10000, status: "PENDING_PAYMENT" } });

    expect(await run("expire-memberships")).toMatchObject({ outcome: "OK", summary: { expired: 2, lapsed: 1 } });
    const rows = await db.membership.findMany({ select: { id: true, status: true, expiredAt: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(lapsed.ms.id)).toMatchObject({ status: "PAID", expiredAt: expect.any(Date) });
    expect(byId.get(renewed.ms.id)).toMatchObject({ status: "WAIVED", expiredAt: expect.any(Date) });
    expect(byId.get(running.ms.id)?.expiredAt).toBeNull();
    expect(byId.get(pending.id)?.expiredAt).toBeNull();
    // The standing everyone reads is the computed one, and agrees with the mark.
    const lapsedMemberships = await db.membership.findMany({ where: { memberId: lapsed.member.id } });
    expect(memberStanding(lapsedMemberships, new Date()).standing).toBe("EXPIRED");
    expect(await db.auditEvent.findMany({ where: { action: "membership.expire" }, select: { actorUserId: true, details: true } })).toEqual([
      { actorUserId: null, details: JSON.stringify({ expired: 2, lapsed: 1 }) },
    ]);

    expect(await run("expire-memberships")).toMatchObject({ outcome: "OK", summary: { expired: 0, lapsed: 0 } });
    // Nothing changed: no second audit row.
    expect(await db.auditEvent.count({ where: { action: "membership.expire" } })).toBe(1);
  });
});

describe("the retention purge", () => {
  it("deletes what the retention period has made due, audited by the system with counts only", async () => {
    await db.settings.create({ data: { id: 1, retentionDays: 30 } });
    const group = await db.group.create({
      data: { slug: "rydning", name: "Rydning", topic: "GRIEF", ageBand: "ADULTS", description: "x", state: "STARTING" },
    });
    const member = await createMember();
    const old = await createApplication(group.id, member.id);
    await db.application.update({ where: { id: old.id }, data: { status: "DECLINED", decidedAt: new Date(Date.now() - 40 * DAY) } });
    const recent = await createApplication(group.id, member.id);
    await db.application.update({ where: { id: recent.id }, data: { status: "DECLINED", decidedAt: new Date(Date.now() - 5 * DAY) } });

    expect(await run("retention-purge")).toMatchObject({ outcome: "OK", summary: { applications: 1, interest: 0, outbox: 0, unconfirmed: 0 } });
    expect((await db.application.findMany({ select: { id: true } })).map((a) => a.id)).toEqual([recent.id]);
    const [audit] = await db.auditEvent.findMany({ where: { action: "retention.purge" } });
    expect(audit).toMatchObject({ actorUserId: null, entityType: "Retention" });
    expect(JSON.parse(audit.details!)).toEqual({ applications: 1, interest: 0, outbox: 0, unconfirmed: 0 });

    expect(await run("retention-purge")).toMatchObject({ summary: { applications: 0 } });
    expect(await db.application.count()).toBe(1);
  });
});

describe("sending the outbox again", () => {
  afterEach(async () => {
    await deliveryIdle();
    delete process.env.SMTP_URL;
  });

  it("without a mail server it records that the mails stay in the outbox", async () => {
    delete process.env.SMTP_URL;
    await db.$transaction((tx) => queueEmail(tx, { to: "a@example.dk", subject: "Hej", text: "Tekst" }));
    expect(await run("email-delivery")).toMatchObject({ outcome: "OK", summary: { noMailServer: 1 } });
    expect(await db.outboxEmail.count({ where: { sentAt: null } })).toBe(1);
  });

  it("with one it sends what is due (once: a second run finds nothing)", async () => {
    const smtp = await startSmtpCapture();
    try {
      process.env.SMTP_URL = smtp.url;
      vi.spyOn(console, "info").mockImplementation(() => undefined);
      await db.$transaction((tx) => queueEmail(tx, { to: "a@example.dk", subject: "Hej", text: "Tekst" }));
      expect(await run("email-delivery")).toMatchObject({ outcome: "OK", summary: { sent: 1, retrying: 0, failed: 0 } });
      expect(await run("email-delivery")).toMatchObject({ outcome: "OK", summary: { sent: 0 } });
      expect(smtp.mails.map((m) => m.to)).toEqual([["a@example.dk"]]);
    } finally {
      await smtp.close();
    }
  });
});
