import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";
import { inviteEmail } from "@/lib/users/invite-email";
import { AUDIT_PAGE_SIZE, auditFilterActors, listAuditEvents } from "@/lib/audit/log-data";
import { auditDetailsText, auditEntityHref, auditVerbLabel, AUDIT_VERBS } from "@/lib/audit/verbs";
import { parseAuditCursor, parseAuditFilter, startOfDanishDay } from "@/lib/audit/schema";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getOutboxEmail, listOutbox } from "@/lib/outbox/data";
import OutboxPage from "@/app/admin/udbakke/page";
import OutboxEmailPage from "@/app/admin/udbakke/[id]/page";
import AuditLogPage from "@/app/admin/log/page";
import { actorOf, createAdmin, createFacilitator } from "../helpers/fixtures";
import { redirectOf, signInAs } from "../helpers/request";

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.facilitator.deleteMany();
  await db.user.deleteMany();
});

describe("the audit log", () => {
  it("filters by action, entity type, actor and Danish date range, and pages", async () => {
    const admin = await createAdmin({ name: "Anne" });
    const other = await createAdmin({ name: "Bent" });
    signInAs(admin.id);
    const actor = await actorOf(admin.id);
    await db.auditEvent.createMany({
      data: [
        { actorUserId: admin.id, action: "group.update", entityType: "Group", entityId: "g1", createdAt: new Date("2026-03-01T23:30:00Z") },
        { actorUserId: other.id, action: "member.view", entityType: "Member", entityId: "m1", createdAt: new Date("2026-03-02T10:00:00Z") },
        { actorUserId: admin.id, action: "member.view", entityType: "Member", entityId: "m2", createdAt: new Date("2026-03-05T10:00:00Z") },
      ],
    });
    const ids = async (f: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(actor, f)).rows.map((r) => r.entityId);
    expect(await ids({})).toEqual(["m2", "m1", "g1"]);
    expect(await ids({ handling: "member.view" })).toEqual(["m2", "m1"]);
    expect(await ids({ type: "Group" })).toEqual(["g1"]);
    expect(await ids({ bruger: other.id })).toEqual(["m1"]);
    // 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen.
    expect(await ids({ fra: startOfDanishDay("2026-03-02"), til: startOfDanishDay("2026-03-02") })).toEqual(["m1", "g1"]);
    expect((await listAuditEvents(actor, { bruger: other.id })).rows[0].actorName).toBe("Bent");

    expect((await auditFilterActors(actor)).map((a) => a.name)).toEqual(["Anne", "Bent"]);
    // Facilitators are not listed (there can be thousands), unless one is the chosen filter.
    const facilitator = await createFacilitator({ name: "Ida" });
    expect((await auditFilterActors(actor)).map((a) => a.name)).toEqual(["Anne", "Bent"]);
    expect((await auditFilterActors(actor, facilitator.user.id)).map((a) => a.name)).toEqual(["Anne", "Bent", "Ida"]);

    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({ action: "x.y", entityType: "X", entityId: `x${i}` })),
    });
    const first = await listAuditEvents(actor, {});
    expect([first.rows.length, first.newerCursor, first.olderCursor]).toEqual([AUDIT_PAGE_SIZE, null, first.rows.at(-1)!.id]);
    const page2 = await listAuditEvents(actor, {}, { olderThan: first.olderCursor! });
    expect(page2.rows.map((r) => r.entityId)).toEqual(["m2", "m1", "g1"]);
    expect([page2.newerCursor, page2.olderCursor]).toEqual([page2.rows[0].id, null]);
    expect((await listAuditEvents(actor, {}, { newerThan: page2.newerCursor! })).rows).toEqual(first.rows);
  });

  it("pages a log of events that share timestamps by (time, id), forwards and back, each event once, with the filter kept", async () => {
    const actor = await actorOf((await createAdmin()).id);
    // Three timestamps only: every page boundary falls among events of one moment.
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 12, Math.floor(i / 60)));
    await db.auditEvent.createMany({
      data: Array.from({ length: 3 * AUDIT_PAGE_SIZE + 7 }, (_, i) => ({
        action: i % 3 === 0 ? "member.view" : "group.update",
        entityType: i % 3 === 0 ? "Member" : "Group",
        entityId: `e${i}`,
        createdAt: at(i),
      })),
    });
    const expected = (await db.auditEvent.findMany({ where: { action: "member.view" }, select: { id: true, createdAt: true } }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((e) => e.id);
    const pages = [await listAuditEvents(actor, { handling: "member.view" })];
    while (pages.at(-1)!.olderCursor)
      pages.push(await listAuditEvents(actor, { handling: "member.view" }, { olderThan: pages.at(-1)!.olderCursor! }));
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected);
    expect(pages.every((p) => p.rows.every((r) => r.action === "member.view"))).toBe(true);
    // Back from the last page gives the same pages again.
    const back = await listAuditEvents(actor, { handling: "member.view" }, { newerThan: pages.at(-1)!.newerCursor! });
    expect(back.rows.map((r) => r.id)).toEqual(pages.at(-2)!.rows.map((r) => r.id));
    // An unknown cursor is the first page.
    expect((await listAuditEvents(actor, {}, { olderThan: "findes-ikke" })).newerCursor).toBeNull();
  });

  it("reads a page cursor only when it looks like an id", () => {
    expect(parseAuditCursor({ foer: "abc_123" })).toEqual({ olderThan: "abc_123" });
    expect(parseAuditCursor({ efter: "abc" })).toEqual({ newerThan: "abc" });
    expect(parseAuditCursor({ foer: "a' OR 1=1", efter: ["a", "b"] })).toEqual({});
    expect(parseAuditCursor({ foer: "a", efter: "b" })).toEqual({ olderThan: "a" });
  });

  it("drops malformed filter parameters instead of failing", () => {
    expect(parseAuditFilter({ handling: "DROP TABLE", type: "Group", bruger: ["a", "b"], fra: "2026-13-45", til: "2026-03-02" })).toEqual({
      type: "Group",
      til: "2026-03-02",
    });
    // Only known verbs and record types filter; "2026-02-30" is not a day.
    expect(parseAuditFilter({ handling: "x.y", type: "Nothing", fra: "2026-02-30" })).toEqual({});
    expect(parseAuditFilter({ handling: "member.view" })).toEqual({ handling: "member.view" });
  });

  it("speaks Danish to coordinators: every verb has a label, rows link to their record, details are counts", () => {
    for (const label of Object.values(AUDIT_VERBS)) expect(label).not.toMatch(/^[a-z]+\.[a-z-]+/);
    expect(auditVerbLabel("application.accept")).toBe("Optog ansøger i gruppe");
    expect(auditVerbLabel("x.y")).toBe("Ukendt handling");
    expect(auditEntityHref("Application", "a1")).toBe("/admin/ansoegninger/a1");
    expect(auditEntityHref("Member", "m/1")).toBe("/admin/medlemmer/m%2F1");
    expect(auditEntityHref("Meeting", "x")).toBeNull();
    expect(auditDetailsText(JSON.stringify({ applications: 2, interest: 0 }))).toBe("2 ansøgninger, 0 interesse-tilmeldinger");
    // Unknown keys and text values are never shown.
    expect(auditDetailsText(JSON.stringify({ name: "Karen", applications: "mange" }))).toBeNull();
    expect(auditDetailsText("not json")).toBeNull();
  });

  it("is for administrators only: the page sends others away before reading", async () => {
    signInAs(null);
    expect(await redirectOf(() => AuditLogPage({ searchParams: Promise.resolve({}) }))).toBe("/login");
    signInAs((await createFacilitator()).user.id);
    expect(await redirectOf(() => AuditLogPage({ searchParams: Promise.resolve({}) }))).toBe("/admin/ingen-adgang");
  });
});

describe("the outbox", () => {
  it("lists newest first and audits opening an email", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const actor: Actor = await actorOf(admin.id);
    await db.outboxEmail.create({ data: { to: "a@example.dk", subject: "Første", text: "1", createdAt: new Date("2026-01-01") } });
    const newest = await db.outboxEmail.create({ data: { to: "b@example.dk", subject: "Anden", text: "2", createdAt: new Date("2026-02-01") } });
    const list = await listOutbox(actor);
    expect(list.rows.map((r) => r.subject)).toEqual(["Anden", "Første"]);
    expect(list.rows[0]).not.toHaveProperty("text");
    // Listing recipients and subjects is a read of people's data: audited, with no address in the row.
    expect(await db.auditEvent.findMany({ select: { action: true, actorUserId: true, entityId: true } })).toEqual([
      { action: "outbox.list", actorUserId: admin.id, entityId: null },
    ]);
    expect(await getOutboxEmail(actor, newest.id)).toMatchObject({ subject: "Anden", text: "2" });
    expect(await db.auditEvent.findFirst({ where: { action: "outbox.view", entityId: newest.id, actorUserId: admin.id } })).not.toBeNull();
    expect(await getOutboxEmail(actor, "findes-ikke")).toBeNull();
  });

  it("shows a mail's links to the site as links, and an invitation's link stays hidden", async () => {
    signInAs((await createAdmin()).id);
    const site = env().SITE_URL.replace(/\/$/, "");
    const notice = await db.outboxEmail.create({
      data: { to: "k@example.dk", subject: "Ny ansøgning", text: `Log ind for at se den: ${site}/admin/ansoegninger` },
    });
    const html = renderToStaticMarkup(await OutboxEmailPage({ params: Promise.resolve({ id: notice.id }) }));
    expect(html).toContain(`<a href="${site}/admin/ansoegninger"`);
    const invite = inviteEmail({
      name: "Ida",
      email: "ida@example.dk",
      role: "FACILITATOR",
      token: "t".repeat(43),
      siteUrl: site,
      org: DEFAULT_IDENTITY,
    });
    expect(invite.text).toContain("Selvhjælp Hernings administration");
    const stored = await db.outboxEmail.create({ data: { to: invite.to, subject: invite.subject, text: invite.outboxText } });
    const inviteHtml = renderToStaticMarkup(await OutboxEmailPage({ params: Promise.resolve({ id: stored.id }) }));
    expect(inviteHtml).not.toContain("/invitation/");
    expect(inviteHtml).toContain("Linket i mailen vises ikke her");
  });

  it("is for administrators only: the pages send others away, and opening is not audited for them", async () => {
    const email = await db.outboxEmail.create({ data: { to: "a@example.dk", subject: "Første", text: "1" } });
    const pages = [() => OutboxPage({ searchParams: Promise.resolve({}) }), () => OutboxEmailPage({ params: Promise.resolve({ id: email.id }) })];
    for (const render of pages) {
      signInAs(null);
      expect(await redirectOf(render)).toBe("/login");
      signInAs((await createFacilitator()).user.id);
      expect(await redirectOf(render)).toBe("/admin/ingen-adgang");
    }
    expect(await db.auditEvent.count()).toBe(0);
  });
});
