import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { applyToGroup } from "@/lib/signup/actions";
import { getMemberSession } from "@/lib/member-session/session";
import { SIGN_IN_LINK_MINUTES } from "@/lib/member-session/rules";
import { RATE_LIMIT_MAX } from "@/lib/rate-limit";
import * as self from "@/lib/self-service/actions";
import { memberLinkStateOf } from "@/lib/self-service/link-state";
import { confirmationTokenFor } from "../helpers/confirmation";
import { createGroup, createMember } from "../helpers/fixtures";
import { memberCookie, memberLinkTokenFor, setMemberCookie, tokenForm } from "../helpers/member-session";
import { setClientIp } from "../helpers/request";
import { clearAll, linkForm, outcome } from "../helpers/self-service-fixtures";
import { applicationForm, expectRedirect, formData } from "../helpers/signup-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const MINUTE = 60_000;

describe("asking for a sign-in link", () => {
  beforeEach(clearAll);

  it("answers a confirmed member, an unknown address and an unconfirmed member alike; only the mail differs", async () => {
    const member = await createMember({ email: "karen@example.dk", name: "Karen Kendt" });
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    await db.outboxEmail.deleteMany();

    const answers = [];
    for (const [i, email] of ["karen@example.dk", "ukendt@example.dk", "ny@example.dk"].entries()) {
      setClientIp(`203.0.113.${20 + i}`);
      answers.push(await outcome(self.requestSignInLink(null, linkForm(email))));
    }
    expect(answers).toEqual(Array(3).fill("redirect:/min-side/tjek-din-email"));

    const mails = await db.outboxEmail.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(mails.map((m) => m.to)).toEqual(["karen@example.dk", "ukendt@example.dk", "ny@example.dk"]);
    // The member's mail carries a live link only in its sealed copy; the others carry none at all.
    expect(mails[0].text).toMatch(/^Kære Karen Kendt\n/);
    expect(mails[0].text).not.toMatch(/log-ind\/[A-Za-z0-9_-]{43}/);
    expect(mails[0].sealedText).not.toBeNull();
    for (const m of mails.slice(1)) {
      expect(m.sealedText).toBeNull();
      expect(m.text).not.toContain("/min-side/log-ind/");
      expect(m.text).toMatch(/^Hej\n/);
    }
    expect(await db.memberLink.findMany({ select: { memberId: true, purpose: true } })).toEqual([{ memberId: member.id, purpose: "SIGN_IN" }]);
    const link = await db.memberLink.findFirstOrThrow();
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(SIGN_IN_LINK_MINUTES * MINUTE);
  });

  it("is rate limited per address and per hashed email, with the same refusal for known and unknown addresses", async () => {
    await createMember({ email: "karen@example.dk" });
    // One address, many emails: the per-IP limit.
    setClientIp("203.0.113.50");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) await expectRedirect(self.requestSignInLink(null, linkForm(`person${i}@example.dk`)));
    expect(await outcome(self.requestSignInLink(null, linkForm("karen@example.dk")))).toBe("refused:RATE_LIMITED");
    // One email, many addresses: the per-email limit, for a known and an unknown address alike.
    for (const email of ["karen@example.dk", "ukendt@example.dk"]) {
      for (let i = 0; i < RATE_LIMIT_MAX; i++) {
        setClientIp(`198.51.100.${i + (email.startsWith("k") ? 0 : 20)}`);
        await expectRedirect(self.requestSignInLink(null, linkForm(email)));
      }
      setClientIp("198.51.100.99");
      expect(await outcome(self.requestSignInLink(null, linkForm(email)))).toBe("refused:RATE_LIMITED");
    }
    expect(await db.rateLimitHit.count({ where: { key: { contains: "karen" } } })).toBe(0);
  });

  it("refuses malformed input and a filled honeypot without sending anything", async () => {
    await createMember({ email: "karen@example.dk" });
    expect(await outcome(self.requestSignInLink(null, linkForm("ikke-en-email")))).toBe("refused:INVALID");
    expect(await outcome(self.requestSignInLink(null, formData({ email: "karen@example.dk", website: "http://spam" })))).toBe("refused:HONEYPOT");
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.memberLink.count()).toBe(0);
  });
});

describe("signing in with the link", () => {
  beforeEach(clearAll);

  it("does not sign in by opening the page; the button does, once, and the audit names the member", async () => {
    const member = await createMember({ email: "karen@example.dk" });
    await expectRedirect(self.requestSignInLink(null, linkForm("karen@example.dk")));
    const token = await memberLinkTokenFor("karen@example.dk");

    // What the link's page reads (a mail scanner opening it gets this far): nothing is used or started.
    expect(await memberLinkStateOf(token, "SIGN_IN")).toBe("valid");
    expect(await db.memberSession.count()).toBe(0);
    expect((await db.memberLink.findFirstOrThrow()).usedAt).toBeNull();

    expect(await outcome(self.signInWithLink(null, tokenForm(token)))).toBe("redirect:/min-side");
    expect(await getMemberSession()).toMatchObject({ kind: "member", memberId: member.id });
    const session = await db.memberSession.findFirstOrThrow();
    // The cookie holds the token, the table only its hash.
    expect(memberCookie()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(session)).not.toContain(memberCookie()!);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "member.self-sign-in" } });
    expect(audit).toMatchObject({ actorUserId: null, actorMemberId: member.id, entityType: "Member", entityId: member.id });

    // Reused: refused, no second session.
    setMemberCookie(null);
    expect(await outcome(self.signInWithLink(null, tokenForm(token)))).toBe("refused:USED");
    expect(await memberLinkStateOf(token, "SIGN_IN")).toBe("used");
    expect(await db.memberSession.count()).toBe(1);
    expect(memberCookie()).toBeNull();
  });

  it("refuses an expired link, an unknown token and a token made for something else", async () => {
    const member = await createMember({ email: "karen@example.dk" });
    await expectRedirect(self.requestSignInLink(null, linkForm("karen@example.dk")));
    const token = await memberLinkTokenFor("karen@example.dk");
    await db.memberLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await memberLinkStateOf(token, "SIGN_IN")).toBe("expired");
    expect(await outcome(self.signInWithLink(null, tokenForm(token)))).toBe("refused:EXPIRED");

    expect(await outcome(self.signInWithLink(null, tokenForm("A".repeat(43))))).toBe("refused:UNKNOWN");
    expect(await outcome(self.signInWithLink(null, tokenForm("kort")))).toBe("refused:INVALID");

    // Someone else's link of another kind: a confirmation link (/bekraeft) of a public form signs nobody in.
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "karen@example.dk" })));
    expect(await outcome(self.signInWithLink(null, tokenForm(await confirmationTokenFor("karen@example.dk"))))).toBe("refused:UNKNOWN");
    // And a link to confirm a new email address is not a sign-in link (nor the other way round).
    const emailLink = await db.$transaction(async (tx) =>
      (await import("@/lib/member-session/data")).createMemberLink(
        tx,
        { purpose: "EMAIL_CHANGE", memberId: member.id, newEmail: "ny@example.dk" },
        new Date(),
      ),
    );
    expect(await outcome(self.signInWithLink(null, tokenForm(emailLink)))).toBe("refused:UNKNOWN");
    expect(await db.memberSession.count()).toBe(0);
    expect(memberCookie()).toBeNull();
  });

  it("signs in once when the button is pressed twice at the same moment", async () => {
    await createMember({ email: "karen@example.dk" });
    await expectRedirect(self.requestSignInLink(null, linkForm("karen@example.dk")));
    const token = await memberLinkTokenFor("karen@example.dk");
    const answers = await Promise.all([outcome(self.signInWithLink(null, tokenForm(token))), outcome(self.signInWithLink(null, tokenForm(token)))]);
    expect(answers.sort()).toEqual(["redirect:/min-side", "refused:USED"]);
    expect(await db.memberSession.count()).toBe(1);
  });

  it("is rate limited per address", async () => {
    setClientIp("203.0.113.77");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) expect(await outcome(self.signInWithLink(null, tokenForm("B".repeat(43))))).toBe("refused:UNKNOWN");
    expect(await outcome(self.signInWithLink(null, tokenForm("B".repeat(43))))).toBe("refused:RATE_LIMITED");
  });
});
