import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadOwnData } from "@/app/(public)/min-side/mine-data/route";
import { db } from "@/lib/db";
import { getMemberSession } from "@/lib/member-session/session";
import * as self from "@/lib/self-service/actions";
import { getOwnPage } from "@/lib/self-service/view-data";
import { createMember } from "../helpers/fixtures";
import { setMemberCookie, signInMember } from "../helpers/member-session";
import { signInAs } from "../helpers/request";
import { clearAll, twoMembers } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const member = async () => (await getMemberSession())!;

describe("what the member sees", () => {
  beforeEach(clearAll);

  it("shows only the member's own records, and every view is audited as the member's", async () => {
    const w = await twoMembers();
    await db.membership.create({ data: { memberId: w.karen.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    await db.application.update({ where: { id: w.karenApp.id }, data: { intakeHeldOn: new Date("2026-11-20") } });
    const page = (await getOwnPage(await member()))!;
    const text = JSON.stringify(page);
    expect(page.contact).toMatchObject({ name: "Karen Kendt", email: "karen@example.dk" });
    expect(page.applications).toEqual([expect.objectContaining({ id: w.karenApp.id, state: "INTAKE_HELD", canWithdraw: true })]);
    expect(page.interest.map((i) => i.id)).toEqual([w.karenInterest.id]);
    // Awaiting payment: how to pay, from the settings.
    expect(page.payment).toEqual({ feeOre: 10000, mobilePayNumber: "12 34 56", bankAccount: "1234 5678901234" });
    expect(page.renewal).toBe("PENDING");
    for (const trace of ["Olaf", "olaf@example.dk", w.olafApp.id, w.olafInterest.id, w.otherGroup.name]) expect(text).not.toContain(trace);
    expect(await db.auditEvent.findMany({ select: { action: true, actorUserId: true, actorMemberId: true, entityId: true } })).toEqual([
      { action: "member.self-view", actorUserId: null, actorMemberId: w.karen.id, entityId: w.karen.id },
    ]);
  });

  it("shows no payment details once paid, and offers renewal when the period is over", async () => {
    const w = await twoMembers();
    await db.membership.create({
      data: { memberId: w.karen.id, feeOre: 10000, status: "PAID", periodStart: new Date("2024-01-01"), periodEnd: new Date("2025-01-01") },
    });
    const page = (await getOwnPage(await member()))!;
    expect(page.payment).toBeNull();
    expect(page.renewal).toBe("RENEW");
    expect(page.standing.standing).toBe("EXPIRED");
  });
});

describe("downloading one's own data", () => {
  beforeEach(clearAll);

  it("gives the member's own export as a file, audited, and nothing without a session", async () => {
    const w = await twoMembers();
    // The handler takes no id: a member id in the address changes nothing.
    const res = await downloadOwnData();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".*\.json"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    expect(JSON.parse(text).medlem).toMatchObject({ navn: "Karen Kendt", email: "karen@example.dk" });
    for (const trace of ["Olaf", "olaf@example.dk", w.otherGroup.name]) expect(text).not.toContain(trace);
    expect(await db.auditEvent.count({ where: { action: "member.self-export", actorMemberId: w.karen.id, entityId: w.karen.id } })).toBe(1);

    setMemberCookie(null);
    const anonymous = await downloadOwnData();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("Karen");
    setMemberCookie("D".repeat(43));
    expect((await downloadOwnData()).status).toBe(401);
    // A staff session is not a member session.
    setMemberCookie(null);
    signInAs((await db.user.create({ data: { email: "admin@example.dk", name: "Anne Admin", role: "ADMIN" } })).id);
    expect((await downloadOwnData()).status).toBe(401);
  });
});

describe("the member's own decisions", () => {
  beforeEach(clearAll);

  it("withdraws an own undecided application; another member's is not found and untouched", async () => {
    const w = await twoMembers();
    const before = await db.application.findUniqueOrThrow({ where: { id: w.olafApp.id } });
    const refused = await self.withdrawApplication({ applicationId: w.olafApp.id });
    expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(JSON.stringify(refused)).not.toMatch(/Olaf|olaf|gruppe/i);
    expect(await db.application.findUniqueOrThrow({ where: { id: w.olafApp.id } })).toEqual(before);

    expect(await self.withdrawApplication({ applicationId: w.karenApp.id })).toMatchObject({ ok: true });
    expect(await db.application.findUniqueOrThrow({ where: { id: w.karenApp.id } })).toMatchObject({ status: "WITHDRAWN", decidedByUserId: null });
    expect(await db.applicationEvent.findMany({ where: { applicationId: w.karenApp.id }, select: { kind: true, actorUserId: true } })).toEqual([
      { kind: "WITHDRAWN", actorUserId: null },
    ]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "application.self-withdraw" } })).toMatchObject({
      actorUserId: null,
      actorMemberId: w.karen.id,
      entityId: w.karenApp.id,
    });
    // Decided: it stays as it is.
    expect(await self.withdrawApplication({ applicationId: w.karenApp.id })).toMatchObject({ ok: false, code: "ALREADY_DECIDED" });
    await db.application.update({ where: { id: w.karenApp.id }, data: { status: "ACCEPTED" } });
    expect(await self.withdrawApplication({ applicationId: w.karenApp.id })).toMatchObject({ ok: false, code: "ALREADY_DECIDED" });
    expect(await self.withdrawApplication({ applicationId: "" })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("withdraws the consents of an own application: an accepted one ends the place in the group; another member's is not found", async () => {
    const w = await twoMembers();
    await db.application.update({ where: { id: w.karenApp.id }, data: { status: "ACCEPTED" } });
    const participation = await db.participation.create({ data: { groupId: w.group.id, memberId: w.karen.id, applicationId: w.karenApp.id } });
    await db.application.update({ where: { id: w.olafApp.id }, data: { status: "ACCEPTED" } });

    expect(await self.withdrawConsent({ applicationId: w.olafApp.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.application.findUniqueOrThrow({ where: { id: w.olafApp.id } })).toMatchObject({ consentWithdrawnAt: null, status: "ACCEPTED" });

    expect(await self.withdrawConsent({ applicationId: w.karenApp.id })).toMatchObject({ ok: true });
    expect(await db.application.findUniqueOrThrow({ where: { id: w.karenApp.id } })).toMatchObject({
      status: "WITHDRAWN",
      consentWithdrawnAt: expect.any(Date),
      decidedByUserId: null,
    });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).leftAt).toEqual(expect.any(Date));
    expect(await self.withdrawConsent({ applicationId: w.karenApp.id })).toMatchObject({ ok: false, code: "ALREADY_WITHDRAWN" });
    expect(await db.auditEvent.count({ where: { action: "application.self-withdraw-consent", actorMemberId: w.karen.id } })).toBe(1);
  });

  it("removes an own interest entry; another member's is not found and stays", async () => {
    const w = await twoMembers();
    expect(await self.removeInterest({ interestId: w.olafInterest.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.interest.count({ where: { id: w.olafInterest.id } })).toBe(1);
    expect(await self.removeInterest({ interestId: w.karenInterest.id })).toMatchObject({ ok: true });
    expect(await db.interest.count({ where: { id: w.karenInterest.id } })).toBe(0);
    expect(await self.removeInterest({ interestId: w.karenInterest.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("renews: a new period awaiting payment; refused while one awaits payment or the period runs long; free for under-18s", async () => {
    const w = await twoMembers();
    expect(await self.renewMembership()).toMatchObject({ ok: true });
    expect(await db.membership.findMany({ where: { memberId: w.karen.id }, select: { status: true, feeOre: true } })).toEqual([
      { status: "PENDING_PAYMENT", feeOre: 10000 },
    ]);
    expect(await self.renewMembership()).toMatchObject({ ok: false, code: "ALREADY_PENDING" });

    await db.membership.updateMany({
      where: { memberId: w.karen.id },
      data: { status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 300 * 86_400_000) },
    });
    expect(await self.renewMembership()).toMatchObject({ ok: false, code: "NOT_DUE" });
    expect(await db.membership.count({ where: { memberId: w.karen.id } })).toBe(1);

    const young = await createMember({ email: "ung@example.dk" });
    await db.member.update({ where: { id: young.id }, data: { birthYear: new Date().getFullYear() - 15 } });
    await signInMember(young.id);
    expect(await self.renewMembership()).toMatchObject({ ok: true });
    expect(await db.membership.findFirstOrThrow({ where: { memberId: young.id } })).toMatchObject({ status: "WAIVED", feeOre: 0 });
    expect(await db.membership.count({ where: { memberId: w.olaf.id } })).toBe(0);
  });

  it("renews once when pressed twice at the same moment", async () => {
    const w = await twoMembers();
    const results = await Promise.all([self.renewMembership(), self.renewMembership()]);
    expect(results.map((r) => (r.ok ? "ok" : r.code)).sort()).toEqual(["ALREADY_PENDING", "ok"]);
    expect(await db.membership.count({ where: { memberId: w.karen.id } })).toBe(1);
  });
});
