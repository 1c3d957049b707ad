import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getDashboardCounts } from "@/lib/dashboard/data";
import { COUNT_LIMIT } from "@/lib/pagination";
import {
  MEMBER_PAGE_SIZE,
  countAwaitingPayment,
  countExpiring,
  getMemberForAdmin,
  listAwaitingPayment,
  listExpiring,
  searchMembers,
} from "@/lib/members/data";
import { GET as exportCsv } from "@/app/admin/medlemmer/eksport/route";
import { exportRegisterChunks } from "@/lib/members/export-data";
import { listMemberApplications } from "@/lib/applications/inbox-data";
import { actorOf, createAdmin, createApplication, createFacilitator, createGroup, createMember, createPaidMembership } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

const DAY = 86_400_000;
let adminId: string;
let admin: Actor;

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin()).id;
  admin = await actorOf(adminId);
  signInAs(adminId);
});

describe("the member page", () => {
  it("shows contact details, memberships and payments, audits the opening, and reveals no group or application", async () => {
    const group = await createGroup({ name: "Sorggruppe for forældre" });
    const member = await createMember({ name: "Karen Sørensen" });
    const ms = await createPaidMembership(member.id);
    await db.payment.create({ data: { membershipId: ms.id, amountOre: 10000, method: "CASH", paidOn: new Date() } });
    const app = await createApplication(group.id, member.id);
    await db.participation.create({ data: { groupId: group.id, memberId: member.id, applicationId: app.id } });

    const detail = await getMemberForAdmin(admin, member.id);
    expect(detail).toMatchObject({ name: "Karen Sørensen", standing: "PAID" });
    expect(detail!.memberships[0].payments).toHaveLength(1);
    const serialised = JSON.stringify(detail);
    for (const secret of [group.id, group.name, group.slug, app.id, "participation", "application", "Sorg"]) expect(serialised).not.toContain(secret);
    expect(await db.auditEvent.count({ where: { action: "member.view", entityType: "Member", entityId: member.id, actorUserId: adminId } })).toBe(1);
  });
});

describe("the member's applications on the member page", () => {
  it("an administrator sees every application with its group; a facilitator only those to a group they are assigned to", async () => {
    const own = await createGroup({ name: "Sorggruppe for forældre" });
    const other = await createGroup({ name: "Skilsmissegruppen" });
    const member = await createMember({ name: "Karen Sørensen" });
    const first = await createApplication(own.id, member.id);
    await db.application.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - DAY) } });
    const second = await createApplication(other.id, member.id, "WAITLISTED");
    await createApplication(own.id, (await createMember()).id);

    const all = await listMemberApplications(admin, member.id);
    expect(all.map((a) => [a.id, a.groupName, a.status])).toEqual([
      [second.id, "Skilsmissegruppen", "WAITLISTED"],
      [first.id, "Sorggruppe for forældre", "RECEIVED"],
    ]);
    const { user, facilitator } = await createFacilitator();
    await db.facilitatorAssignment.create({ data: { groupId: own.id, facilitatorId: facilitator.id } });
    expect((await listMemberApplications(await actorOf(user.id), member.id)).map((a) => a.groupName)).toEqual(["Sorggruppe for forældre"]);
    const former = await createFacilitator();
    await db.facilitatorAssignment.create({ data: { groupId: own.id, facilitatorId: former.facilitator.id, withdrawnAt: new Date() } });
    expect(await listMemberApplications(await actorOf(former.user.id), member.id)).toEqual([]);
  });

  it("names no group for an accepted application: the register does not show which groups a person attends", async () => {
    const group = await createGroup({ name: "Sorggruppe for forældre" });
    const member = await createMember({ name: "Karen Sørensen" });
    const accepted = await db.application.update({ where: { id: (await createApplication(group.id, member.id)).id }, data: { status: "ACCEPTED" } });
    await db.participation.create({ data: { groupId: group.id, memberId: member.id, applicationId: accepted.id } });
    const rows = await listMemberApplications(admin, member.id);
    expect(rows).toEqual([{ id: accepted.id, createdAt: expect.any(Date), status: "ACCEPTED", awaitsConfirmation: false, groupName: null }]);
    expect(JSON.stringify(rows)).not.toContain(group.id);
  });
});

describe("search and lists", () => {
  it("marks a member whose submission the owner of the address has not confirmed", async () => {
    const waiting = await createMember({ name: "Ulla Ubekræftet" });
    await db.member.update({ where: { id: waiting.id }, data: { awaitsConfirmation: true } });
    await createMember({ name: "Bente Bekræftet" });
    const rows = (await searchMembers(admin, "")).rows.map((r) => [r.name, r.awaitsConfirmation]);
    expect(rows).toEqual([
      ["Bente Bekræftet", false],
      ["Ulla Ubekræftet", true],
    ]);
    expect(await getMemberForAdmin(admin, waiting.id)).toMatchObject({ awaitsConfirmation: true, standing: "NONE" });
  });

  it("finds members by part of the name or email", async () => {
    await createMember({ name: "Jens Hansen", email: "jens@example.dk" });
    await createMember({ name: "Lise Holm", email: "lise.holm@example.dk" });
    expect((await searchMembers(admin, "hansen")).rows.map((m) => m.name)).toEqual(["Jens Hansen"]);
    expect((await searchMembers(admin, "lise.holm")).rows.map((m) => m.name)).toEqual(["Lise Holm"]);
    expect((await searchMembers(admin, "")).rows).toHaveLength(2);
    expect((await searchMembers(admin, "zzz")).rows).toEqual([]);
  });

  it("ignores case in Danish letters too", async () => {
    await createMember({ name: "Søren Ærøskøbing", email: "soeren@example.dk" });
    await createMember({ name: "Åse Holm", email: "aase@example.dk" });
    expect((await searchMembers(admin, "ærø")).rows.map((m) => m.name)).toEqual(["Søren Ærøskøbing"]);
    expect((await searchMembers(admin, "ÅSE")).rows.map((m) => m.name)).toEqual(["Åse Holm"]);
  });

  it("lists members awaiting payment and paid memberships expiring within 30 days", async () => {
    const pending = await createMember({ name: "Afventer" });
    await db.membership.create({ data: { memberId: pending.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const soon = await createMember({ name: "Snart" });
    await db.membership.create({
      data: {
        memberId: soon.id,
        feeOre: 10000,
        status: "PAID",
        periodStart: new Date(Date.now() - 300 * DAY),
        periodEnd: new Date(Date.now() + 7 * DAY),
      },
    });
    const paid = await createMember({ name: "Betalt" });
    await createPaidMembership(paid.id);

    expect((await listAwaitingPayment(admin)).rows.map((m) => m.name)).toEqual(["Afventer"]);
    expect((await listExpiring(admin)).rows).toEqual([expect.objectContaining({ name: "Snart", reminded: false })]);
    await db.membership.updateMany({ where: { memberId: soon.id }, data: { reminderSentAt: new Date() } });
    expect((await listExpiring(admin)).rows).toEqual([expect.objectContaining({ name: "Snart", reminded: true })]);
  });
});

describe("the register at scale: paged in the database, counted without lists of ids", () => {
  const bulkMembers = async (n: number, name: (i: number) => string) => {
    const stamp = Date.now().toString(36);
    await db.member.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        name: name(i),
        email: `bulk-${stamp}-${i}@example.dk`,
        postcode: "7400",
        consentAt: new Date(),
        consentVersion: "t",
      })),
    });
    return db.member.findMany({ where: { email: { startsWith: `bulk-${stamp}-` } }, select: { id: true }, orderBy: { email: "asc" } });
  };

  it("lists and counts 1,500 memberships expiring within 30 days (more than SQLite binds in one IN list)", async () => {
    const members = await bulkMembers(1500, (i) => `Udløber ${String(i).padStart(4, "0")}`);
    await db.membership.createMany({
      data: members.map((m, i) => ({
        memberId: m.id,
        feeOre: 10000,
        status: "PAID" as const,
        periodStart: new Date(Date.now() - 300 * DAY),
        periodEnd: new Date(Date.now() + (1 + (i % 28)) * DAY),
      })),
    });
    // Renewed (a pending period) or paid further ahead: not expiring. Erased (no member): not listed.
    await db.membership.create({ data: { memberId: members[0].id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    await db.membership.create({
      data: { memberId: members[1].id, feeOre: 10000, status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 400 * DAY) },
    });
    await db.membership.create({
      data: { memberId: null, feeOre: 10000, status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 3 * DAY) },
    });

    // The count stops just past its limit; the list pages through every one of them.
    expect(await countExpiring(admin)).toBe(COUNT_LIMIT + 1);
    expect((await getDashboardCounts(admin)).expiringSoon).toBe(COUNT_LIMIT + 1);
    const pages = [await listExpiring(admin, new Date(), 1)];
    while (pages.at(-1)!.hasNext) pages.push(await listExpiring(admin, new Date(), pages.length + 1));
    const rows = pages.flatMap((p) => p.rows);
    expect([pages.length, pages[0].rows.length, rows.length, new Set(rows.map((r) => r.membershipId)).size]).toEqual([
      Math.ceil(1498 / MEMBER_PAGE_SIZE),
      MEMBER_PAGE_SIZE,
      1498,
      1498,
    ]);
    expect(rows.every((r, i) => i === 0 || r.periodEnd >= rows[i - 1].periodEnd)).toBe(true);
    const shown = new Set(rows.map((r) => r.memberId));
    expect(shown.has(members[0].id) || shown.has(members[1].id)).toBe(false);
    // Below the limit the count is exact (the two renewed members are among those removed).
    await db.membership.deleteMany({ where: { memberId: { in: members.slice(0, 700).map((m) => m.id) } } });
    expect(await countExpiring(admin)).toBe(800);
  });

  it("counts members awaiting payment once each, however many pending periods they have", async () => {
    const [a, b] = await bulkMembers(2, (i) => `Afventer ${i}`);
    await db.membership.createMany({
      data: [a.id, a.id, b.id, null].map((memberId) => ({ memberId, feeOre: 10000, status: "PENDING_PAYMENT" as const })),
    });
    expect(await countAwaitingPayment()).toBe(2);
    expect((await getDashboardCounts(admin)).awaitingPayment).toBe(2);
    expect((await listAwaitingPayment(admin)).rows.map((m) => m.name)).toEqual(["Afventer 0", "Afventer 1"]);
  });

  it("searches with ø a page at a time, by name then id, and takes % as text", async () => {
    await bulkMembers(2 * MEMBER_PAGE_SIZE + 20, (i) => `${i % 2 ? "SØREN" : "søren"} ${String(i).padStart(3, "0")}`);
    await bulkMembers(3, (i) => `Anders ${i}`);
    const pages = [1, 2, 3].map((page) => searchMembers(admin, "ø", page));
    const [p1, p2, p3] = await Promise.all(pages);
    expect([p1.rows.length, p1.hasNext, p2.rows.length, p2.hasNext, p3.rows.length, p3.hasNext]).toEqual([
      MEMBER_PAGE_SIZE,
      true,
      MEMBER_PAGE_SIZE,
      true,
      20,
      false,
    ]);
    const names = [...p1.rows, ...p2.rows, ...p3.rows].map((m) => m.name);
    expect(new Set(names).size).toBe(2 * MEMBER_PAGE_SIZE + 20);
    expect(names.every((n) => /^s[øØ]ren/i.test(n))).toBe(true);
    expect((await searchMembers(admin, "SØREN 00")).rows.map((m) => m.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? `SØREN 00${i}` : `søren 00${i}`)).sort(),
    );
    expect((await searchMembers(admin, "%")).rows).toEqual([]);
    expect((await searchMembers(admin, "")).hasNext).toBe(true);
  });
});

describe("the CSV export", () => {
  it("answers anonymous callers 401 and facilitators 403 in Danish plain text, never an error", async () => {
    signInAs(null);
    const anonymous = await exportCsv();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await anonymous.text()).toMatch(/ikke logget ind/);
    signInAs((await createFacilitator()).user.id);
    const facilitator = await exportCsv();
    expect(facilitator.status).toBe(403);
    expect(await facilitator.text()).toBe("Du har ikke adgang til dette.");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("sends the register with a BOM, Danish letters, escaping and no groups, and audits the export", async () => {
    const group = await createGroup({ name: "Skilsmissegruppen" });
    const a = await createMember({ name: "Søren Ærø", email: "soeren@example.dk" });
    await createPaidMembership(a.id);
    await db.participation.create({ data: { groupId: group.id, memberId: a.id } });
    await createMember({ name: '=HYPERLINK("http://x")', email: "b@example.dk" });
    await db.member.create({
      data: { name: 'Anna; "Bo"', email: "c@example.dk", phone: "+4512345678", postcode: "7400", consentAt: new Date(), consentVersion: "t" },
    });

    const res = await exportCsv();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="medlemmer-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Navn;Email;Telefon;Postnummer;Medlemsstatus;Periode slut");
    expect(lines).toContain(`"'=HYPERLINK(""http://x"")";b@example.dk;;7400;Intet medlemskab;`);
    expect(lines).toContain(`"Anna; ""Bo""";c@example.dk;'+4512345678;7400;Intet medlemskab;`);
    expect(lines.find((l) => l.startsWith("Søren Ærø"))).toMatch(/^Søren Ærø;soeren@example\.dk;;7400;Betalt;\d{4}-\d{2}-\d{2}$/);
    expect(text).not.toContain("Skilsmissegruppen");
    expect(await db.auditEvent.count({ where: { action: "member.export", actorUserId: adminId } })).toBe(1);
  });

  it("reads the register in chunks that continue after the last name and id, every member exactly once, in name order", async () => {
    for (const name of ["Bo", "Anna", "Bo", "Carl", "Bo", "Anna", "Dorte"]) await createMember({ name });
    const chunks: string[][] = [];
    for await (const chunk of exportRegisterChunks(admin, 2)) chunks.push(chunk.map((r) => r.name));
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 2, 1]);
    expect(chunks.flat()).toEqual(["Anna", "Anna", "Bo", "Bo", "Bo", "Carl", "Dorte"]);
    const emails = new Set<string>();
    for await (const chunk of exportRegisterChunks(admin, 3)) chunk.forEach((r) => emails.add(r.email));
    expect(emails.size).toBe(7);
    expect(await db.auditEvent.count({ where: { action: "member.export", actorUserId: adminId } })).toBe(2);
  });
});
