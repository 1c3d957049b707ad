import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDenied } from "@/lib/auth/session";
import { getMemberForAdmin, listAwaitingPayment, listExpiring, searchMembers } from "@/lib/members/data";
import { GET as exportCsv } from "@/app/admin/medlemmer/eksport/route";
import { createAdmin, createApplication, createFacilitator, createGroup, createMember, createPaidMembership } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

const DAY = 86_400_000;
let adminId: string;

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin()).id;
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

    const detail = await getMemberForAdmin(member.id);
    expect(detail).toMatchObject({ name: "Karen Sørensen", standing: "PAID" });
    expect(detail!.memberships[0].payments).toHaveLength(1);
    const serialised = JSON.stringify(detail);
    for (const secret of [group.id, group.name, group.slug, app.id, "participation", "application", "Sorg"]) expect(serialised).not.toContain(secret);
    expect(await db.auditEvent.count({ where: { action: "member.view", entityType: "Member", entityId: member.id, actorUserId: adminId } })).toBe(1);
  });

  it("is refused to facilitators and anonymous callers, without an audit row", async () => {
    const member = await createMember();
    const { user } = await createFacilitator();
    for (const who of [user.id, null]) {
      signInAs(who);
      await expect(getMemberForAdmin(member.id)).rejects.toBeInstanceOf(AccessDenied);
      await expect(searchMembers("")).rejects.toBeInstanceOf(AccessDenied);
    }
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("search and lists", () => {
  it("finds members by part of the name or email", async () => {
    await createMember({ name: "Jens Hansen", email: "jens@example.dk" });
    await createMember({ name: "Lise Holm", email: "lise.holm@example.dk" });
    expect((await searchMembers("hansen")).map((m) => m.name)).toEqual(["Jens Hansen"]);
    expect((await searchMembers("lise.holm")).map((m) => m.name)).toEqual(["Lise Holm"]);
    expect(await searchMembers("")).toHaveLength(2);
    expect(await searchMembers("zzz")).toEqual([]);
  });

  it("ignores case in Danish letters too", async () => {
    await createMember({ name: "Søren Ærøskøbing", email: "soeren@example.dk" });
    await createMember({ name: "Åse Holm", email: "aase@example.dk" });
    expect((await searchMembers("ærø")).map((m) => m.name)).toEqual(["Søren Ærøskøbing"]);
    expect((await searchMembers("ÅSE")).map((m) => m.name)).toEqual(["Åse Holm"]);
  });

  it("lists members awaiting payment and paid memberships expiring within 30 days", async () => {
    const pending = await createMember({ name: "Afventer" });
    await db.membership.create({ data: { memberId: pending.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const soon = await createMember({ name: "Snart" });
    await db.membership.create({ data: { memberId: soon.id, feeOre: 10000, status: "PAID", periodStart: new Date(Date.now() - 300 * DAY), periodEnd: new Date(Date.now() + 7 * DAY) } });
    const paid = await createMember({ name: "Betalt" });
    await createPaidMembership(paid.id);

    expect((await listAwaitingPayment()).map((m) => m.name)).toEqual(["Afventer"]);
    expect(await listExpiring()).toEqual([expect.objectContaining({ name: "Snart", reminded: false })]);
  });
});

describe("the CSV export", () => {
  it("refuses anonymous callers and facilitators with 403", async () => {
    signInAs(null);
    expect((await exportCsv()).status).toBe(403);
    signInAs((await createFacilitator()).user.id);
    expect((await exportCsv()).status).toBe(403);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("sends the register with a BOM, Danish letters, escaping and no groups, and audits the export", async () => {
    const group = await createGroup({ name: "Skilsmissegruppen" });
    const a = await createMember({ name: "Søren Ærø", email: "soeren@example.dk" });
    await createPaidMembership(a.id);
    await db.participation.create({ data: { groupId: group.id, memberId: a.id } });
    await createMember({ name: '=HYPERLINK("http://x")', email: "b@example.dk" });
    await db.member.create({ data: { name: "Anna; \"Bo\"", email: "c@example.dk", phone: "+4512345678", postcode: "7400", consentAt: new Date(), consentVersion: "t" } });

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
