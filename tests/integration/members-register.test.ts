import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getMemberForAdmin, listAwaitingPayment, listExpiring, searchMembers } from "@/lib/members/data";
import { GET as exportCsv } from "@/app/admin/medlemmer/eksport/route";
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

describe("search and lists", () => {
  it("finds members by part of the name or email", async () => {
    await createMember({ name: "Jens Hansen", email: "jens@example.dk" });
    await createMember({ name: "Lise Holm", email: "lise.holm@example.dk" });
    expect((await searchMembers(admin, "hansen")).map((m) => m.name)).toEqual(["Jens Hansen"]);
    expect((await searchMembers(admin, "lise.holm")).map((m) => m.name)).toEqual(["Lise Holm"]);
    expect(await searchMembers(admin, "")).toHaveLength(2);
    expect(await searchMembers(admin, "zzz")).toEqual([]);
  });

  it("ignores case in Danish letters too", async () => {
    await createMember({ name: "Søren Ærøskøbing", email: "soeren@example.dk" });
    await createMember({ name: "Åse Holm", email: "aase@example.dk" });
    expect((await searchMembers(admin, "ærø")).map((m) => m.name)).toEqual(["Søren Ærøskøbing"]);
    expect((await searchMembers(admin, "ÅSE")).map((m) => m.name)).toEqual(["Åse Holm"]);
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

    expect((await listAwaitingPayment(admin)).map((m) => m.name)).toEqual(["Afventer"]);
    expect(await listExpiring(admin)).toEqual([expect.objectContaining({ name: "Snart", reminded: false })]);
    await db.membership.updateMany({ where: { memberId: soon.id }, data: { reminderSentAt: new Date() } });
    expect(await listExpiring(admin)).toEqual([expect.objectContaining({ name: "Snart", reminded: true })]);
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
});
