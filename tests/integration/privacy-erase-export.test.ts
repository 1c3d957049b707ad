import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportMember } from "@/app/admin/medlemmer/[id]/eksport/route";
import { db } from "@/lib/db";
import { eraseMemberAction } from "@/lib/privacy/actions";
import { createAdmin, createFacilitator } from "../helpers/fixtures";
import { clearPrivacyTables, createPersonWithEverything, dumpAllTables } from "../helpers/privacy-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

let adminId: string;

beforeEach(async () => {
  await clearPrivacyTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

const download = (memberId: string) =>
  exportMember(new Request(`http://localhost/admin/medlemmer/${memberId}/eksport`), { params: Promise.resolve({ id: memberId }) });

describe("exporting a member's data", () => {
  it("contains everything stored about that person and nothing about anyone else, and is audited", async () => {
    const p = await createPersonWithEverything("Karen Kopi", "karen@example.dk");
    const other = await createPersonWithEverything("Olaf Anden", "olaf@example.dk");
    const res = await download(p.member.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="persondata-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    const doc = JSON.parse(text);

    expect(doc.medlem).toMatchObject({ navn: "Karen Kopi", email: "karen@example.dk", postnummer: "7400", samtykke: { version: "test" } });
    expect(doc.medlemskaber).toEqual([
      expect.objectContaining({
        status: "Betalt",
        periodeFra: "2026-01-10T00:00:00.000Z",
        betalinger: [expect.objectContaining({ reference: "MobilePay fra Karen Kopi", betalingsmaade: "MobilePay" })],
      }),
    ]);
    expect(doc.ansoegninger).toHaveLength(2);
    const accepted = doc.ansoegninger.find((a: { gruppe: string }) => a.gruppe === p.groupA.name);
    expect(accepted).toMatchObject({ status: "Optaget", besked: "Jeg hedder Karen Kopi", afgjort: "2026-02-01T00:00:00.000Z" });
    expect(accepted.samtykker).toMatchObject({
      tavshedspligt: { version: "test", givet: expect.any(String) },
      foelsommeOplysninger: { version: "test", givet: expect.any(String) },
      kontingent: { version: "test", givet: expect.any(String) },
      trukketTilbage: null,
    });
    const declined = doc.ansoegninger.find((a: { gruppe: string }) => a.gruppe === p.groupB.name);
    expect(declined).toMatchObject({ status: "Afslået", afslagsgrund: "Gruppen er fuld" });
    expect(doc.deltagelse).toEqual([{ gruppe: p.groupA.name, startet: "2026-02-01T00:00:00.000Z", stoppet: null }]);
    expect(doc.interesseliste).toEqual([
      expect.objectContaining({
        navn: "Karen Kopi",
        email: "karen@example.dk",
        samtykke: { givet: "2026-04-01T00:00:00.000Z", version: "interesse-v1" },
      }),
    ]);
    expect(doc.mails).toEqual([expect.objectContaining({ emne: "Velkommen i gruppen", tekst: "Kære Karen Kopi" })]);

    for (const trace of ["Olaf", "olaf@example.dk", other.groupA.name, other.groupB.name, other.member.id]) expect(text).not.toContain(trace);
    expect(await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true, actorUserId: true } })).toEqual([
      { action: "member.export-data", entityType: "Member", entityId: p.member.id, actorUserId: adminId },
    ]);
  });

  it("answers 404 for an unknown member, 401 for anonymous callers and 403 for facilitators, without an audit row", async () => {
    expect((await download("findes-ikke")).status).toBe(404);
    const p = await createPersonWithEverything("Karen Kopi", "karen@example.dk");
    signInAs(null);
    const anonymous = await download(p.member.id);
    expect(anonymous.status).toBe(401);
    const anonymousText = await anonymous.text();
    expect(anonymousText).toMatch(/ikke logget ind/);
    expect(anonymousText).not.toContain("Karen");
    signInAs((await createFacilitator()).user.id);
    const facilitator = await download(p.member.id);
    expect(facilitator.status).toBe(403);
    expect(await facilitator.text()).toBe("Du har ikke adgang til dette.");
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("erasing a member", () => {
  it("deletes the person everywhere but keeps memberships and payments anonymised, in every table", async () => {
    const p = await createPersonWithEverything("Karen Slet", "karen@example.dk");
    const other = await createPersonWithEverything("Olaf Bliver", "olaf@example.dk");
    const otherBefore = await dumpAllTables();

    await expect(eraseMemberAction({ memberId: p.member.id, confirmName: "  karen   slet " })).rejects.toThrow(/NEXT_REDIRECT/);

    const dump = await dumpAllTables();
    for (const [table, rows] of Object.entries(dump)) {
      for (const trace of [
        "Karen",
        "karen@example.dk",
        p.accepted.id,
        p.declined.id,
        p.participation.id,
        p.interest.id,
        p.mail.id,
        p.rateLimitHit.id,
      ]) {
        expect(rows, `${table} still holds ${trace}`).not.toContain(trace);
      }
      if (table !== "AuditEvent") expect(rows, `${table} still holds the member id`).not.toContain(p.member.id);
    }
    expect(await db.membership.findUnique({ where: { id: p.membership.id } })).toMatchObject({
      memberId: null,
      feeOre: 10000,
      status: "PAID",
      periodStart: new Date("2026-01-10"),
      periodEnd: new Date("2027-01-10"),
    });
    expect(await db.payment.findUnique({ where: { id: p.payment.id } })).toMatchObject({
      amountOre: 10000,
      method: "MOBILEPAY",
      paidOn: new Date("2026-01-10"),
      reference: null,
      membershipId: p.membership.id,
    });
    expect(await db.group.findUnique({ where: { id: p.groupA.id }, select: { contactParticipationId: true } })).toEqual({
      contactParticipationId: null,
    });
    expect(
      await db.auditEvent.findMany({ where: { action: "member.erase" }, select: { entityType: true, entityId: true, actorUserId: true } }),
    ).toEqual([{ entityType: "Member", entityId: p.member.id, actorUserId: adminId }]);

    // The other person is untouched.
    expect(await db.member.findUnique({ where: { id: other.member.id }, select: { name: true } })).toEqual({ name: "Olaf Bliver" });
    expect(await db.payment.findUnique({ where: { id: other.payment.id }, select: { reference: true } })).toEqual({
      reference: "MobilePay fra Olaf Bliver",
    });
    expect(await db.group.findUnique({ where: { id: other.groupA.id }, select: { contactParticipationId: true } })).toEqual({
      contactParticipationId: other.participation.id,
    });
    expect(await db.rateLimitHit.count({ where: { id: other.rateLimitHit.id } })).toBe(1);
    for (const table of ["Application", "Participation", "Interest", "OutboxEmail", "Member"]) {
      const olafRows = (JSON.parse(otherBefore[table]) as { id: string; memberId?: string; email?: string; to?: string }[]).filter(
        (r) => JSON.stringify(r).includes("Olaf") || JSON.stringify(r).includes(other.member.id) || JSON.stringify(r).includes("olaf@"),
      );
      for (const row of olafRows) expect(dump[table], `${table} lost a row of the other person`).toContain(row.id);
    }
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/admin", "/grupper", `/grupper/${p.groupA.slug}`]));
  });

  it("refuses a name that does not match, an unknown member and malformed input, writing nothing", async () => {
    const p = await createPersonWithEverything("Karen Bliver", "karen@example.dk");
    const before = await dumpAllTables();
    const wrong = await eraseMemberAction({ memberId: p.member.id, confirmName: "Karen" });
    expect(wrong).toMatchObject({ ok: false, code: "NAME_MISMATCH", fieldErrors: { confirmName: [expect.stringContaining("Navnet passer ikke")] } });
    expect(await eraseMemberAction({ memberId: "findes-ikke", confirmName: "Karen Bliver" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Medlemmet findes ikke (længere).",
    });
    expect(await eraseMemberAction({ memberId: p.member.id, confirmName: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { confirmName: [expect.any(String)] },
    });
    expect(await eraseMemberAction({ memberId: 42 })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { memberId: [expect.any(String)] } });
    expect(await eraseMemberAction(null)).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/felter/) });
    expect(await eraseMemberAction({ memberId: p.member.id, confirmName: "Karen\u202EBliver" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await dumpAllTables()).toEqual(before);
  });

  it("is refused for anonymous callers and facilitators, writing nothing", async () => {
    const p = await createPersonWithEverything("Karen Bliver", "karen@example.dk");
    const facilitator = await createFacilitator();
    const before = await dumpAllTables();
    signInAs(null);
    expect(await eraseMemberAction({ memberId: p.member.id, confirmName: "Karen Bliver" })).toMatchObject({
      ok: false,
      code: "SIGNED_OUT",
      signIn: "/login",
    });
    signInAs(facilitator.user.id);
    expect(await eraseMemberAction({ memberId: p.member.id, confirmName: "Karen Bliver" })).toMatchObject({ ok: false, code: "DENIED" });
    expect(await dumpAllTables()).toEqual(before);
  });
});
