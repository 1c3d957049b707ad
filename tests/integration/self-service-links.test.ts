import { beforeEach, describe, expect, it, vi } from "vitest";
import * as applicationCommands from "@/lib/applications/commands";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { claimMemberLink, createMemberLink } from "@/lib/member-session/data";
import { EVEN_ANSWER_MS } from "@/lib/member-session/rules";
import * as selfCommands from "@/lib/self-service/commands";
import { getMemberSession } from "@/lib/member-session/session";
import * as self from "@/lib/self-service/actions";
import { actorOf, createAdmin, createMember } from "../helpers/fixtures";
import { memberActorOf, memberCookie, memberLinkTokenFor, setMemberCookie, signInMember, tokenForm } from "../helpers/member-session";
import { setClientIp } from "../helpers/request";
import { clearAll, linkForm, outcome, twoMembers } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const link = (memberId: string, expiresInMs: number) =>
  db.$transaction(async (tx) => {
    await createMemberLink(tx, { purpose: "SIGN_IN", memberId }, new Date(Date.now() + expiresInMs - 30 * 60_000));
    return tx.memberLink.findFirstOrThrow({ where: { memberId }, orderBy: { createdAt: "desc" }, select: { id: true } });
  });

describe("someone else's link", () => {
  beforeEach(clearAll);

  it("signs in as the link's member only, ending the session this browser had for another member", async () => {
    const w = await twoMembers(); // Karen is signed in in this browser
    const karens = memberCookie();
    await outcome(self.requestSignInLink(null, linkForm("olaf@example.dk")));
    const olafsToken = await memberLinkTokenFor("olaf@example.dk");
    expect(await outcome(self.signInWithLink(null, tokenForm(olafsToken)))).toBe("redirect:/min-side");
    expect(await getMemberSession()).toMatchObject({ memberId: w.olaf.id });
    expect(await db.memberSession.findMany({ select: { memberId: true } })).toEqual([{ memberId: w.olaf.id }]);
    setMemberCookie(karens);
    expect(await getMemberSession()).toBeNull();
  });

  it("confirms a new address for the link's member, whoever is signed in where it is opened, audited as that member", async () => {
    const w = await twoMembers();
    await self.requestEmailChange({ email: "karen.ny@example.dk" });
    const token = await memberLinkTokenFor("karen.ny@example.dk", "ny-email");
    await signInMember(w.olaf.id); // opened in Olaf's browser
    expect(await outcome(self.confirmEmailChange(null, tokenForm(token)))).toBe("redirect:/min-side/ny-email/tak");
    expect((await db.member.findUniqueOrThrow({ where: { id: w.karen.id } })).email).toBe("karen.ny@example.dk");
    expect((await db.member.findUniqueOrThrow({ where: { id: w.olaf.id } })).email).toBe("olaf@example.dk");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "member.self-email-change" } })).toMatchObject({
      actorUserId: null,
      actorMemberId: w.karen.id,
      entityId: w.karen.id,
    });
  });

  it("gives a member whose address is no longer confirmed neither a session from a link nor from a cookie", async () => {
    const w = await twoMembers();
    await outcome(self.requestSignInLink(null, linkForm("karen@example.dk")));
    const token = await memberLinkTokenFor("karen@example.dk");
    const cookie = memberCookie();
    await db.member.update({ where: { id: w.karen.id }, data: { awaitsConfirmation: true } });

    expect(await getMemberSession()).toBeNull();
    expect(await db.memberSession.count({ where: { memberId: w.karen.id } })).toBe(0);
    setMemberCookie(null);
    expect(await outcome(self.signInWithLink(null, tokenForm(token)))).toBe("refused:UNKNOWN");
    expect(await db.memberSession.count()).toBe(0);
    expect(memberCookie()).toBeNull();
    expect(cookie).not.toBeNull();
  });
});

describe("using a link up", () => {
  beforeEach(clearAll);

  // The claim is the last guard: it holds even when the link expired or was used after it was read.
  it("claims a valid link once, and never an expired or a used one", async () => {
    const w = await twoMembers();
    const valid = await link(w.karen.id, 60_000);
    expect(await db.$transaction((tx) => claimMemberLink(tx, valid.id, new Date()))).toBe(true);
    expect(await db.$transaction((tx) => claimMemberLink(tx, valid.id, new Date()))).toBe(false);

    const expired = await link(w.olaf.id, -1000);
    expect(await db.$transaction((tx) => claimMemberLink(tx, expired.id, new Date()))).toBe(false);
    expect((await db.memberLink.findUniqueOrThrow({ where: { id: expired.id } })).usedAt).toBeNull();
  });

  it("signs in once when the same link is pressed in several browsers at the same moment", async () => {
    await twoMembers();
    setMemberCookie(null);
    await outcome(self.requestSignInLink(null, linkForm("karen@example.dk")));
    const token = await memberLinkTokenFor("karen@example.dk");
    await db.memberSession.deleteMany();
    const answers = await Promise.all(Array.from({ length: 4 }, () => outcome(self.signInWithLink(null, tokenForm(token)))));
    expect(answers.filter((a) => a === "redirect:/min-side")).toHaveLength(1);
    expect(answers.filter((a) => a === "refused:USED")).toHaveLength(3);
    expect(await db.memberSession.count()).toBe(1);
  });
});

describe("staff and member sessions in one browser", () => {
  beforeEach(clearAll);

  it("audits a staff command as the staff user even when the caller also holds a member session", async () => {
    const w = await twoMembers();
    const admin = await actorOf((await createAdmin()).id);
    const member = await memberActorOf(w.karen.id);
    const run = await execute(applicationCommands.waitlistApplication, { applicationId: w.olafApp.id }, { actor: admin, clientIp: null, member });
    expect(run.result).toMatchObject({ ok: true });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "application.waitlist" } })).toMatchObject({
      actorUserId: admin.id,
      actorMemberId: null,
    });
  });
});

describe("the same answer for every address", () => {
  beforeEach(clearAll);

  /** What the caller can observe of one request: the answer, what it invalidates and where it goes, and the limiter's writes. */
  async function observed(email: string, ip: string) {
    const before = await db.rateLimitHit.count();
    const run = await execute(selfCommands.requestSignInLink, { email }, { actor: null, clientIp: ip });
    return { ...run, rateLimitWrites: (await db.rateLimitHit.count()) - before };
  }

  it("gives a registered and an unknown address the same answer, the same limiter writes and one mail each", async () => {
    await createMember({ email: "karen@example.dk" });
    const known = await observed("karen@example.dk", "203.0.113.1");
    const unknown = await observed("ukendt@example.dk", "203.0.113.2");
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ result: { ok: true }, redirectTo: "/min-side/tjek-din-email", rateLimitWrites: 2 });
    expect(await db.outboxEmail.count({ where: { to: "karen@example.dk" } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: "ukendt@example.dk" } })).toBe(1);
    const subjects = await db.outboxEmail.findMany({ select: { subject: true } });
    expect(new Set(subjects.map((m) => m.subject)).size).toBe(1);
  });

  it("answers no sooner than the set time, for a registered and an unknown address, also when refused", async () => {
    await twoMembers();
    const timed = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      const answer = await run();
      return { answer, ms: performance.now() - started };
    };
    for (const [i, email] of ["karen@example.dk", "ukendt@example.dk"].entries()) {
      setClientIp(`198.51.100.${i + 1}`);
      const { answer, ms } = await timed(() => outcome(self.requestSignInLink(null, linkForm(email))));
      expect(answer).toBe("redirect:/min-side/tjek-din-email");
      expect(ms).toBeGreaterThanOrEqual(EVEN_ANSWER_MS - 5);
    }
    const refused = await timed(() => outcome(self.requestSignInLink(null, linkForm("ikke-en-email"))));
    expect(refused.answer).toBe("refused:INVALID");
    expect(refused.ms).toBeGreaterThanOrEqual(EVEN_ANSWER_MS - 5);
    for (const email of ["fri@example.dk", "olaf@example.dk"]) {
      const { answer, ms } = await timed(() => self.requestEmailChange({ email }));
      expect(answer).toEqual({ ok: true });
      expect(ms).toBeGreaterThanOrEqual(EVEN_ANSWER_MS - 5);
    }
  });
});
