import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadOwnData } from "@/app/(public)/min-side/mine-data/route";
import { db } from "@/lib/db";
import { getMemberSession } from "@/lib/member-session/session";
import * as self from "@/lib/self-service/actions";
import { getOwnPage } from "@/lib/self-service/view-data";
import { createApplication } from "../helpers/fixtures";
import { memberLinkTokenFor, setMemberCookie, tokenForm } from "../helpers/member-session";
import { signInAs } from "../helpers/request";
import { clearAll, linkForm, outcome, twoMembers } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  }
});
afterEach(() => vi.restoreAllMocks());

type Row = {
  action: string;
  actorUserId: string | null;
  actorMemberId: string | null;
  entityType: string;
  entityId: string | null;
  details: string | null;
};
const rows = (): Promise<Row[]> =>
  db.auditEvent.findMany({
    select: { id: true, action: true, actorUserId: true, actorMemberId: true, entityType: true, entityId: true, details: true },
  });

/** Runs one read or change and returns the one audit row it added (failing when it added none, or more). */
async function audited(run: () => Promise<unknown>): Promise<Row> {
  const before = new Set((await rows()).map((r) => JSON.stringify(r)));
  await run();
  const added = (await rows()).filter((r) => !before.has(JSON.stringify(r)));
  expect(added).toHaveLength(1);
  const { id: _id, ...row } = added[0] as Row & { id: string };
  return row;
}

describe("Min side's audit trail", () => {
  beforeEach(clearAll);

  it("records every read and change as the member's, with ids only; a refusal records nothing and nothing personal is logged", async () => {
    const w = await twoMembers();
    setMemberCookie(null);
    const asKaren = { actorUserId: null, actorMemberId: w.karen.id, details: null };
    const onKaren = { ...asKaren, entityType: "Member", entityId: w.karen.id };

    // Asking for a link is nobody's act yet: the row names the member it is about, or no one for an unknown address.
    expect(await audited(() => outcome(self.requestSignInLink(null, linkForm("karen@example.dk"))))).toEqual({
      ...onKaren,
      action: "member.self-link-request",
      actorMemberId: null,
    });
    expect(await audited(() => outcome(self.requestSignInLink(null, linkForm("ukendt@example.dk"))))).toEqual({
      action: "member.self-link-request",
      actorUserId: null,
      actorMemberId: null,
      entityType: "Member",
      entityId: null,
      details: null,
    });
    const token = await memberLinkTokenFor("karen@example.dk");
    expect(await audited(() => outcome(self.signInWithLink(null, tokenForm(token))))).toEqual({ ...onKaren, action: "member.self-sign-in" });
    const member = (await getMemberSession())!;

    expect(await audited(() => getOwnPage(member))).toEqual({ ...onKaren, action: "member.self-view" });
    expect(await audited(() => downloadOwnData())).toEqual({ ...onKaren, action: "member.self-export" });
    expect(await audited(() => self.updateContact({ name: "Karen Jensen", phone: "12 34 56 78" }))).toEqual({
      ...onKaren,
      action: "member.self-update",
      details: JSON.stringify({ name: true, phone: true }),
    });
    expect(await audited(() => self.requestEmailChange({ email: "karen.ny@example.dk" }))).toEqual({
      ...onKaren,
      action: "member.self-email-request",
    });
    const emailToken = await memberLinkTokenFor("karen.ny@example.dk", "ny-email");
    expect(await audited(() => outcome(self.confirmEmailChange(null, tokenForm(emailToken))))).toEqual({
      ...onKaren,
      action: "member.self-email-change",
    });

    const renewal = await audited(() => self.renewMembership());
    const membership = await db.membership.findFirstOrThrow({ where: { memberId: w.karen.id } });
    expect(renewal).toEqual({ ...asKaren, action: "membership.self-renew", entityType: "Membership", entityId: membership.id });

    expect(await audited(() => self.withdrawApplication({ applicationId: w.karenApp.id }))).toEqual({
      ...asKaren,
      action: "application.self-withdraw",
      entityType: "Application",
      entityId: w.karenApp.id,
    });
    const second = await createApplication(w.group.id, w.karen.id);
    expect(await audited(() => self.withdrawConsent({ applicationId: second.id }))).toEqual({
      ...asKaren,
      action: "application.self-withdraw-consent",
      entityType: "Application",
      entityId: second.id,
    });
    expect(await audited(() => self.removeInterest({ interestId: w.karenInterest.id }))).toEqual({
      ...asKaren,
      action: "interest.self-remove",
      entityType: "Interest",
      entityId: w.karenInterest.id,
    });
    expect(await audited(() => self.requestErasure())).toEqual({ ...onKaren, action: "erasure.request" });
    expect(await audited(() => self.cancelErasure())).toEqual({ ...onKaren, action: "erasure.cancel" });

    // Refused — another member's records, malformed input — rolls back with no row.
    const count = await db.auditEvent.count();
    expect(await self.withdrawApplication({ applicationId: w.olafApp.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await self.removeInterest({ interestId: w.olafInterest.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await self.updateContact({ name: "", phone: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.auditEvent.count()).toBe(count);

    expect(await audited(() => outcome(self.signOut()))).toEqual({ ...onKaren, action: "member.self-sign-out" });

    // Nothing about Olaf, and no free text anywhere in the trail.
    const trail = JSON.stringify(await rows());
    for (const trace of [w.olaf.id, w.olafApp.id, w.olafInterest.id, "Karen", "karen@", "karen.ny@", "ukendt@", "12 34 56 78"]) {
      expect(trail).not.toContain(trace);
    }
    // Nor in the server's log.
    for (const trace of ["Karen", "Olaf", "@example.dk", "12 34 56 78", token, emailToken]) {
      expect(logged.join("\n")).not.toContain(trace);
    }
  });

  it("audits the view with a staff user signed in too as the member's, never the staff user's", async () => {
    const w = await twoMembers();
    const admin = await db.user.create({ data: { email: "admin@example.dk", name: "Anne Admin", role: "ADMIN" } });
    signInAs(admin.id);
    expect(await audited(() => downloadOwnData())).toMatchObject({ actorUserId: null, actorMemberId: w.karen.id, action: "member.self-export" });
    expect(await audited(() => self.renewMembership())).toMatchObject({ actorUserId: null, actorMemberId: w.karen.id });
  });
});
