import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import * as self from "@/lib/self-service/actions";
import { createMember } from "../helpers/fixtures";
import { memberLinkTokenFor, setMemberCookie, tokenForm } from "../helpers/member-session";
import { signInAs } from "../helpers/request";
import { clearAll, twoMembers } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

describe("correcting contact details", () => {
  beforeEach(clearAll);

  it("is done by the member even when a staff user is signed in in the same browser", async () => {
    const w = await twoMembers();
    const admin = await db.user.create({ data: { email: "admin@example.dk", name: "Anne Admin", role: "ADMIN" } });
    signInAs(admin.id);
    expect(await self.updateContact({ name: "Karen Jensen", phone: "" })).toMatchObject({ ok: true });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "member.self-update" } })).toMatchObject({
      actorUserId: null,
      actorMemberId: w.karen.id,
    });
  });

  it("saves name and phone, refusing malformed input; the audit keeps which fields changed, never the values", async () => {
    const w = await twoMembers();
    expect(await self.updateContact({ name: "K", phone: "abc" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: [expect.any(String)], phone: [expect.any(String)] },
    });
    expect(await self.updateContact({ name: "Karen Jensen", phone: "12 34 56 78" })).toMatchObject({ ok: true });
    expect(await db.member.findUniqueOrThrow({ where: { id: w.karen.id } })).toMatchObject({ name: "Karen Jensen", phone: "12 34 56 78" });
    expect(await db.member.findUniqueOrThrow({ where: { id: w.olaf.id } })).toMatchObject({ name: "Olaf Anden" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "member.self-update" } });
    expect(JSON.parse(audit.details!)).toEqual({ name: true, phone: true });
    expect(audit.details).not.toContain("Jensen");
  });

  it("changes the email only once the new address confirms it; the old address is told and interest entries follow", async () => {
    const w = await twoMembers();
    expect(await self.requestEmailChange({ email: "Karen.Ny@Example.dk " })).toMatchObject({ ok: true });
    expect((await db.member.findUniqueOrThrow({ where: { id: w.karen.id } })).email).toBe("karen@example.dk");
    const token = await memberLinkTokenFor("karen.ny@example.dk", "ny-email");

    // A sign-in link is not this link, and this link does not sign in.
    expect(await self.signInWithLink(null, tokenForm(token))).toMatchObject({ ok: false, code: "UNKNOWN" });

    setMemberCookie(null); // confirmed from the new address's mail, in any browser
    await expect(self.confirmEmailChange(null, tokenForm(token))).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await db.member.findUniqueOrThrow({ where: { id: w.karen.id } })).email).toBe("karen.ny@example.dk");
    expect((await db.interest.findUniqueOrThrow({ where: { id: w.karenInterest.id } })).email).toBe("karen.ny@example.dk");
    expect((await db.interest.findUniqueOrThrow({ where: { id: w.olafInterest.id } })).email).toBe("olaf@example.dk");
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: "karen@example.dk" } });
    expect(notice.subject).toBe("Din emailadresse er ændret – Selvhjælp Herning");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "member.self-email-change" } })).toMatchObject({
      actorUserId: null,
      actorMemberId: w.karen.id,
    });
    expect(await self.confirmEmailChange(null, tokenForm(token))).toMatchObject({ ok: false, code: "USED" });
  });

  it("answers the same for an address that is another member's, telling only its owner; and refuses the same address", async () => {
    const w = await twoMembers();
    const forFree = await self.requestEmailChange({ email: "fri@example.dk" });
    const forTaken = await self.requestEmailChange({ email: "olaf@example.dk" });
    expect(forTaken).toEqual(forFree);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "olaf@example.dk" } })).sealedText).toBeNull();
    expect(await db.memberLink.count({ where: { newEmail: "olaf@example.dk" } })).toBe(0);
    expect((await db.member.findUniqueOrThrow({ where: { id: w.olaf.id } })).email).toBe("olaf@example.dk");
    expect(await self.requestEmailChange({ email: "karen@example.dk" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
  });

  it("refuses the confirmation when the address was taken in the meantime, and an expired link", async () => {
    const w = await twoMembers();
    await self.requestEmailChange({ email: "fri@example.dk" });
    const token = await memberLinkTokenFor("fri@example.dk", "ny-email");
    await createMember({ email: "fri@example.dk" });
    expect(await self.confirmEmailChange(null, tokenForm(token))).toMatchObject({ ok: false, code: "EMAIL_TAKEN" });
    expect((await db.member.findUniqueOrThrow({ where: { id: w.karen.id } })).email).toBe("karen@example.dk");

    await db.memberLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await self.confirmEmailChange(null, tokenForm(token))).toMatchObject({ ok: false, code: "EXPIRED" });
  });

  it("is rate limited per member", async () => {
    await twoMembers();
    for (let i = 0; i < 5; i++) expect(await self.requestEmailChange({ email: `ny${i}@example.dk` })).toMatchObject({ ok: true });
    expect(await self.requestEmailChange({ email: "ny9@example.dk" })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await db.outboxEmail.count({ where: { to: "ny9@example.dk" } })).toBe(0);
  });
});
