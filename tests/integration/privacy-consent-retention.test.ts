import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import PrivacyAdminPage from "@/app/admin/privatliv/page";
import { purgeExpiredRecordsAction, withdrawConsentAction } from "@/lib/privacy/actions";
import { getRetentionOverview } from "@/lib/privacy/data";
import { purgeExpiredRecords, purgeOnStart } from "@/lib/privacy/retention-data";
import { isApplicationDue, isInterestDue, retentionCutoff } from "@/lib/privacy/rules";
import { actorOf, createAdmin, createApplication, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { clearPrivacyTables, createPersonWithEverything, dumpAllTables } from "../helpers/privacy-fixtures";
import { redirectOf, revalidatedPaths, signInAs } from "../helpers/request";

const DAY = 86_400_000;
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
let adminId: string;

beforeEach(async () => {
  await clearPrivacyTables();
  await db.interest.deleteMany();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("withdrawing consent for an application", () => {
  it("an open application becomes WITHDRAWN with the time of the withdrawal, audited", async () => {
    const group = await createGroup();
    const member = await createMember();
    const a = await createApplication(group.id, member.id, "WAITLISTED");
    expect(await withdrawConsentAction({ applicationId: a.id })).toEqual({ ok: true });
    const after = await db.application.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({ status: "WITHDRAWN", decidedByUserId: adminId });
    expect(after.consentWithdrawnAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findMany({ select: { action: true, entityId: true } })).toEqual([
      { action: "application.withdraw-consent", entityId: a.id },
    ]);
    expect(await db.applicationEvent.findMany({ where: { applicationId: a.id }, select: { kind: true, actorUserId: true } })).toEqual([
      { kind: "CONSENT_WITHDRAWN", actorUserId: adminId },
    ]);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/admin", "/grupper", `/grupper/${group.slug}`]));
  });

  it("an accepted application: the participation ends today (and stops being the group's contact), the application becomes WITHDRAWN", async () => {
    const p = await createPersonWithEverything("Karen Accepteret", "karen@example.dk");
    expect(await withdrawConsentAction({ applicationId: p.accepted.id })).toEqual({ ok: true });
    expect(await db.application.findUniqueOrThrow({ where: { id: p.accepted.id }, select: { status: true } })).toEqual({ status: "WITHDRAWN" });
    const participation = await db.participation.findUniqueOrThrow({ where: { id: p.participation.id } });
    expect(participation.leftAt).toBeInstanceOf(Date);
    expect(await db.group.findUniqueOrThrow({ where: { id: p.groupA.id }, select: { contactParticipationId: true } })).toEqual({
      contactParticipationId: null,
    });
  });

  it("a declined application keeps its status and reason; only the withdrawal is recorded", async () => {
    const p = await createPersonWithEverything("Karen Afslået", "karen@example.dk");
    expect(await withdrawConsentAction({ applicationId: p.declined.id })).toEqual({ ok: true });
    const after = await db.application.findUniqueOrThrow({ where: { id: p.declined.id } });
    expect(after).toMatchObject({ status: "DECLINED", declineReason: "GROUP_FULL", decidedAt: new Date("2026-03-01") });
    expect(after.consentWithdrawnAt).toBeInstanceOf(Date);
  });

  it("refuses a second withdrawal, an unknown application and malformed input, writing nothing", async () => {
    const p = await createPersonWithEverything("Karen Igen", "karen@example.dk");
    await withdrawConsentAction({ applicationId: p.accepted.id });
    const before = await dumpAllTables();
    expect(await withdrawConsentAction({ applicationId: p.accepted.id })).toMatchObject({
      ok: false,
      code: "ALREADY_WITHDRAWN",
      message: "Samtykket er allerede trukket tilbage.",
    });
    expect(await withdrawConsentAction({ applicationId: "findes-ikke" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Ansøgningen findes ikke (længere).",
    });
    expect(await withdrawConsentAction({})).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { applicationId: [expect.stringMatching(/id/)] },
    });
    expect(await withdrawConsentAction("x")).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/felter/) });
    expect(await dumpAllTables()).toEqual(before);
  });

  it("is refused for anonymous callers and facilitators, writing nothing", async () => {
    const p = await createPersonWithEverything("Karen Adgang", "karen@example.dk");
    const facilitator = await createFacilitator();
    const before = await dumpAllTables();
    signInAs(null);
    expect(await withdrawConsentAction({ applicationId: p.accepted.id })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs(facilitator.user.id);
    expect(await withdrawConsentAction({ applicationId: p.accepted.id })).toMatchObject({ ok: false, code: "DENIED" });
    expect(await dumpAllTables()).toEqual(before);
  });
});

/** Applications and interest entries on both sides of the retention cut-off (settings: 30 days). */
async function retentionWorld() {
  await db.settings.create({ data: { id: 1, retentionDays: 30 } });
  const group = await createGroup();
  const member = await createMember();
  const app = async (status: "RECEIVED" | "WAITLISTED" | "ACCEPTED" | "DECLINED" | "WITHDRAWN", decidedAt: Date | null, updatedAt: Date) => {
    const a = await createApplication(group.id, member.id);
    // updatedAt is @updatedAt: set it with raw SQL after the last Prisma update.
    await db.application.update({ where: { id: a.id }, data: { status, decidedAt } });
    await db.$executeRaw`UPDATE "Application" SET "updatedAt" = ${updatedAt} WHERE "id" = ${a.id}`;
    return a.id;
  };
  const interest = (consentAt: Date, handledAt: Date | null) =>
    db.interest
      .create({ data: { name: "Ib", email: "ib@example.dk", topic: "GRIEF", ageBand: "ADULTS", consentAt, consentVersion: "v1", handledAt } })
      .then((i) => i.id);
  const due = {
    applications: [
      await app("DECLINED", daysAgo(31), daysAgo(1)), // decided long ago, touched lately: counts from the decision
      await app("WITHDRAWN", null, daysAgo(40)), // never decided: counts from the last change
    ],
    interest: [await interest(daysAgo(5), daysAgo(2)), await interest(daysAgo(31), null)],
  };
  const kept = {
    applications: [
      await app("DECLINED", daysAgo(29), daysAgo(29)),
      await app("WITHDRAWN", null, daysAgo(10)),
      await app("ACCEPTED", daysAgo(400), daysAgo(400)),
      await app("RECEIVED", null, daysAgo(400)),
      await app("WAITLISTED", daysAgo(400), daysAgo(400)),
    ],
    interest: [await interest(daysAgo(29), null)],
  };
  return { due, kept };
}

describe("retention", () => {
  it("counts and deletes exactly the due records and nothing else, audited with the counts only", async () => {
    const { due, kept } = await retentionWorld();
    expect(await getRetentionOverview(await actorOf(adminId), NOW)).toEqual({
      retentionDays: 30,
      applications: 2,
      interest: 2,
      outbox: 0,
      unconfirmed: 0,
    });
    expect(await purgeOnStart(NOW)).toEqual({ applications: 2, interest: 2, outbox: 0, unconfirmed: 0 });
    expect((await db.application.findMany({ select: { id: true } })).map((a) => a.id).sort()).toEqual([...kept.applications].sort());
    expect((await db.interest.findMany({ select: { id: true } })).map((i) => i.id)).toEqual(kept.interest);
    expect(await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true, actorUserId: true, details: true } })).toEqual([
      {
        action: "retention.purge",
        entityType: "Retention",
        entityId: null,
        actorUserId: null,
        details: JSON.stringify({ applications: 2, interest: 2, outbox: 0, unconfirmed: 0 }),
      },
    ]);
    expect(due.applications).toHaveLength(2);
    // A second run finds nothing; run by the system (on start) it then leaves no audit row.
    expect(await purgeOnStart(NOW)).toEqual({ applications: 0, interest: 0, outbox: 0, unconfirmed: 0 });
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("purges outbox mails older than 30 days, sent or not, and keeps the newer ones", async () => {
    await db.settings.create({ data: { id: 1, retentionDays: 365 } });
    await db.outboxEmail.deleteMany();
    const mail = (subject: string, createdAt: Date, sentAt: Date | null) =>
      db.outboxEmail.create({ data: { to: "karen@example.dk", subject, text: "Hej Karen", createdAt, sentAt }, select: { id: true } });
    await mail("gammel, sendt", daysAgo(31), daysAgo(31));
    await mail("gammel, kun gemt", daysAgo(45), null);
    const kept = [await mail("ny, sendt", daysAgo(29), daysAgo(29)), await mail("i dag", NOW, null)].map((m) => m.id);
    expect((await getRetentionOverview(await actorOf(adminId), NOW)).outbox).toBe(2);
    expect(await purgeOnStart(NOW)).toEqual({ applications: 0, interest: 0, outbox: 2, unconfirmed: 0 });
    expect((await db.outboxEmail.findMany({ select: { id: true } })).map((m) => m.id).sort()).toEqual(kept.sort());
    expect(await db.auditEvent.findMany({ select: { action: true, details: true } })).toEqual([
      { action: "retention.purge", details: JSON.stringify({ applications: 0, interest: 0, outbox: 2, unconfirmed: 0 }) },
    ]);
  });

  it("drops the sealed copy of a link mail once every link it can carry has expired, keeping the mail", async () => {
    await db.settings.create({ data: { id: 1, retentionDays: 365 } });
    await db.outboxEmail.deleteMany();
    const sealed = (createdAt: Date) =>
      db.outboxEmail.create({
        data: { to: "karen@example.dk", subject: "Bekræft", text: "[link]", sealedText: "v1.x", createdAt },
        select: { id: true },
      });
    const old = await sealed(daysAgo(4));
    const fresh = await sealed(daysAgo(1));
    await purgeOnStart(NOW);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: old.id }, select: { sealedText: true } })).toEqual({ sealedText: null });
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: fresh.id }, select: { sealedText: true } })).toEqual({ sealedText: "v1.x" });
  });

  it("deleting a withdrawn application keeps the (ended) participation it led to, without the link", async () => {
    await db.settings.create({ data: { id: 1, retentionDays: 30 } });
    const p = await createPersonWithEverything("Karen Gammel", "karen@example.dk");
    await db.application.update({ where: { id: p.accepted.id }, data: { status: "WITHDRAWN", decidedAt: daysAgo(60) } });
    await db.participation.update({ where: { id: p.participation.id }, data: { leftAt: daysAgo(60) } });
    await db.$transaction((tx) => purgeExpiredRecords(tx, NOW));
    expect(await db.application.findUnique({ where: { id: p.accepted.id } })).toBeNull();
    expect(await db.participation.findUniqueOrThrow({ where: { id: p.participation.id }, select: { applicationId: true } })).toEqual({
      applicationId: null,
    });
  });

  it("the database query deletes exactly what the pure rules call due", async () => {
    await retentionWorld();
    const cutoff = retentionCutoff(NOW, 30);
    const apps = await db.application.findMany({ select: { id: true, status: true, decidedAt: true, updatedAt: true } });
    const interest = await db.interest.findMany({ select: { id: true, handledAt: true, consentAt: true } });
    await db.$transaction((tx) => purgeExpiredRecords(tx, NOW));
    const left = new Set(
      [...(await db.application.findMany({ select: { id: true } })), ...(await db.interest.findMany({ select: { id: true } }))].map((r) => r.id),
    );
    for (const a of apps) expect(left.has(a.id), `application ${a.status}`).toBe(!isApplicationDue(a, cutoff));
    for (const i of interest) expect(left.has(i.id), "interest").toBe(!isInterestDue(i, cutoff));
  });

  it("the admin button purges with the real clock and returns the counts", async () => {
    await retentionWorld();
    const result = await purgeExpiredRecordsAction({});
    expect(result).toEqual({ ok: true, data: { applications: 2, interest: 2, outbox: 0, unconfirmed: 0 } });
    expect(revalidatedPaths()).toEqual(["/admin"]);
    // Run by an administrator it is audited with who and the counts.
    expect(await db.auditEvent.findMany({ select: { action: true, actorUserId: true, details: true } })).toEqual([
      { action: "retention.purge", actorUserId: adminId, details: JSON.stringify({ applications: 2, interest: 2, outbox: 0, unconfirmed: 0 }) },
    ]);
  });

  it("the button and the overview are refused for anonymous callers and facilitators, deleting nothing", async () => {
    await retentionWorld();
    const facilitator = await createFacilitator();
    const before = await dumpAllTables();
    signInAs(null);
    expect(await purgeExpiredRecordsAction({})).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    expect(await redirectOf(() => PrivacyAdminPage())).toBe("/login");
    signInAs(facilitator.user.id);
    expect(await purgeExpiredRecordsAction({})).toMatchObject({ ok: false, code: "DENIED" });
    expect(await redirectOf(() => PrivacyAdminPage())).toBe("/admin/ingen-adgang");
    signInAs(adminId);
    expect(await purgeExpiredRecordsAction("alt")).toMatchObject({ ok: false, code: "INVALID" });
    expect(await dumpAllTables()).toEqual(before);
  });
});
