import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import DashboardPage from "@/app/admin/page";
import { db } from "@/lib/db";
import { getMemberSession } from "@/lib/member-session/session";
import { confirmErasureRequestAction } from "@/lib/privacy/actions";
import { listErasureRequests } from "@/lib/privacy/erasure-requests";
import { actorOf } from "../helpers/fixtures";
import * as self from "@/lib/self-service/actions";
import { createAdmin, createFacilitator } from "../helpers/fixtures";
import { setMemberCookie, signInMember } from "../helpers/member-session";
import { clearPrivacyTables, createPersonWithEverything } from "../helpers/privacy-fixtures";
import { signInAs } from "../helpers/request";
import { setSettings } from "../helpers/signup-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

beforeEach(async () => {
  await db.memberSession.deleteMany();
  await db.erasureRequest.deleteMany();
  await clearPrivacyTables();
  await setSettings({ coordinatorEmail: "koordinator@example.dk" });
  signInAs(null);
  setMemberCookie(null);
});

describe("asking for erasure on one's own page", () => {
  it("creates one request the coordinator sees and confirms; nothing is deleted before that", async () => {
    const p = await createPersonWithEverything("Karen Kopi", "karen@example.dk");
    await signInMember(p.member.id);
    expect(await self.requestErasure()).toMatchObject({ ok: true });
    expect(await self.requestErasure()).toMatchObject({ ok: false, code: "ALREADY_REQUESTED" });
    expect(await db.erasureRequest.count()).toBe(1);
    expect(await db.member.count({ where: { id: p.member.id } })).toBe(1);
    // The coordinator hears, without a name.
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: "koordinator@example.dk" } });
    expect(`${notice.subject} ${notice.text}`).not.toContain("Karen");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "erasure.request" } })).toMatchObject({
      actorUserId: null,
      actorMemberId: p.member.id,
    });

    // The member may take it back, and ask again.
    expect(await self.cancelErasure()).toMatchObject({ ok: true });
    expect(await self.cancelErasure()).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await self.requestErasure()).toMatchObject({ ok: true });
    const request = await db.erasureRequest.findFirstOrThrow();

    // A member session cannot confirm it (an admin command), nor can a facilitator.
    expect(await confirmErasureRequestAction({ requestId: request.id })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs((await createFacilitator()).user.id);
    expect(await confirmErasureRequestAction({ requestId: request.id })).toMatchObject({ ok: false, code: "DENIED" });

    // The coordinator sees it on the dashboard and the privacy page, and confirms.
    const admin = await createAdmin();
    signInAs(admin.id);
    const dashboard = renderToStaticMarkup(await DashboardPage());
    expect(dashboard).toMatch(/href="\/admin\/privatliv#sletning"[^>]*><span[^>]*>1<\/span><span[^>]*>Anmodninger om sletning/);
    expect(await listErasureRequests(await actorOf(admin.id))).toEqual([
      { id: request.id, createdAt: expect.any(Date), member: { id: p.member.id, name: "Karen Kopi" } },
    ]);
    expect(await confirmErasureRequestAction({ requestId: request.id })).toMatchObject({ ok: true });

    expect(await db.member.count({ where: { id: p.member.id } })).toBe(0);
    expect(await db.erasureRequest.count()).toBe(0);
    expect(await db.memberSession.count()).toBe(0);
    expect(await db.interest.count()).toBe(0);
    // Bookkeeping stays, anonymised.
    expect(await db.membership.findUniqueOrThrow({ where: { id: p.membership.id } })).toMatchObject({ memberId: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "erasure.confirm" } })).toMatchObject({
      actorUserId: admin.id,
      actorMemberId: null,
      entityId: p.member.id,
    });
    // The member's session went with them.
    expect(await getMemberSession()).toBeNull();
    expect(await confirmErasureRequestAction({ requestId: request.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
