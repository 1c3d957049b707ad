import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { acceptApplicationAction } from "@/lib/applications/actions";
import { getSession } from "@/lib/auth/session";
import { getMemberSession } from "@/lib/member-session/session";
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from "@/lib/member-session/rules";
import * as self from "@/lib/self-service/actions";
import { createAdmin, createApplication, createGroup, createMember } from "../helpers/fixtures";
import { memberCookie, setMemberCookie } from "../helpers/member-session";
import { signInAs } from "../helpers/request";
import { clearAll, outcome, signInThroughEmail } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const MINUTE = 60_000;

describe("the member session", () => {
  beforeEach(clearAll);

  it("ends when idle, when too old, and on sign-out on the server too (a copied cookie is then worthless)", async () => {
    const member = await createMember({ email: "karen@example.dk" });
    const cookie = await signInThroughEmail("karen@example.dk");
    expect(await getMemberSession()).toMatchObject({ memberId: member.id });

    await db.memberSession.updateMany({ data: { lastSeenAt: new Date(Date.now() - (SESSION_IDLE_MINUTES + 1) * MINUTE) } });
    expect(await getMemberSession()).toBeNull();
    expect(await db.memberSession.count()).toBe(0);

    await signInThroughEmail("karen@example.dk");
    await db.memberSession.updateMany({ data: { createdAt: new Date(Date.now() - SESSION_MAX_HOURS * 60 * MINUTE - MINUTE) } });
    expect(await getMemberSession()).toBeNull();

    const second = await signInThroughEmail("karen@example.dk");
    expect(second).not.toBe(cookie);
    expect(await outcome(self.signOut())).toBe("redirect:/min-side?logget-ud=1");
    expect(memberCookie()).toBeNull();
    expect(await db.memberSession.count()).toBe(0);
    setMemberCookie(second);
    expect(await getMemberSession()).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "member.self-sign-out", actorMemberId: member.id } })).toBe(1);
  });

  it("replaces a session this browser still had, ending the old one on the server", async () => {
    await createMember({ email: "karen@example.dk" });
    const first = await signInThroughEmail("karen@example.dk");
    const second = await signInThroughEmail("karen@example.dk");
    expect(second).not.toBe(first);
    expect(await db.memberSession.count()).toBe(1);
    setMemberCookie(first);
    expect(await getMemberSession()).toBeNull();
  });

  it("never gives the member a staff role: staff pages and commands see no one signed in", async () => {
    const member = await createMember({ email: "karen@example.dk" });
    const group = await createGroup();
    const application = await createApplication(group.id, member.id);
    await signInThroughEmail("karen@example.dk");
    expect(await getSession()).toBeNull();
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
  });
});

describe("every member command refuses a caller without a member session", () => {
  beforeEach(clearAll);

  const calls: Array<[string, () => Promise<unknown>]> = [
    ["signOut", () => self.signOut()],
    ["updateContact", () => self.updateContact({ name: "Ny Navn", phone: "" })],
    ["requestEmailChange", () => self.requestEmailChange({ email: "ny@example.dk" })],
    ["renewMembership", () => self.renewMembership()],
    ["withdrawApplication", () => self.withdrawApplication({ applicationId: "x" })],
    ["withdrawConsent", () => self.withdrawConsent({ applicationId: "x" })],
    ["removeInterest", () => self.removeInterest({ interestId: "x" })],
    ["requestErasure", () => self.requestErasure()],
    ["cancelErasure", () => self.cancelErasure()],
  ];

  it.each(calls)("%s: anonymous, with a staff session, and with an ended member session", async (name, call) => {
    const member = await createMember({ email: "karen@example.dk" });
    const before = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    const refused = { ok: false, code: "SIGNED_OUT", signIn: "/min-side" };
    const attempt = async () => (name === "signOut" ? outcome(call()) : call());

    // signOut always clears the cookie and goes to the page; it ends nothing that is not there.
    if (name === "signOut") expect(await attempt()).toBe("redirect:/min-side?logget-ud=1");
    else expect(await attempt()).toMatchObject(refused);

    signInAs((await createAdmin()).id);
    if (name !== "signOut") expect(await attempt()).toMatchObject(refused);
    signInAs(null);

    setMemberCookie("C".repeat(43));
    if (name !== "signOut") expect(await attempt()).toMatchObject(refused);

    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { actorMemberId: { not: null } } })).toBe(0);
    expect(await db.erasureRequest.count()).toBe(0);
    expect(await db.membership.count()).toBe(0);
  });
});
