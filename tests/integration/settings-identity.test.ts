import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveIdentity } from "@/lib/settings/actions";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { createAdmin, createFacilitator } from "../helpers/fixtures";

const valid = {
  orgName: " Selvhjælp Testby ",
  orgNameGenitive: "",
  orgStreet: "Torvet 1",
  orgPostcode: "8000",
  orgTown: "Testby",
  orgPhone: "+45 12 34 56 78",
  orgEmail: "Kontakt@Example.dk",
  orgCvr: "1234 5678",
  orgWebsite: "www.example.dk",
  emailSignature: "",
  dataControllerText: "",
};

describe("the organisation's identity in settings", () => {
  let adminId: string;
  beforeEach(async () => {
    await db.settings.deleteMany();
    await db.auditEvent.deleteMany();
    adminId = (await createAdmin()).id;
    signInAs(adminId);
  });

  it("reads the old hard-coded values before anything is saved", async () => {
    expect(await getIdentity()).toEqual(DEFAULT_IDENTITY);
    expect(DEFAULT_IDENTITY).toMatchObject({
      orgNameGenitive: "Selvhjælp Hernings",
      emailSignature: "Venlig hilsen\nSelvhjælp Herning\nFredensgade 14, 7400 Herning",
      dataControllerText: "Selvhjælp Herning, Fredensgade 14, 7400 Herning, er dataansvarlig.",
    });
  });

  it("a row made before the identity existed reads the same values as the defaults (the columns' defaults)", async () => {
    await db.settings.create({ data: { id: 1 } });
    expect(await getIdentity(db as never)).toEqual(DEFAULT_IDENTITY);
  });

  it("saves, normalises, fills the blanks from the name and address, audits and revalidates every page", async () => {
    expect(await saveIdentity(valid)).toEqual({ ok: true });
    expect(await getIdentity(db as never)).toEqual({
      orgName: "Selvhjælp Testby",
      orgNameGenitive: "Selvhjælp Testbys",
      orgStreet: "Torvet 1",
      orgPostcode: "8000",
      orgTown: "Testby",
      orgPhone: "+45 12 34 56 78",
      orgEmail: "kontakt@example.dk",
      orgCvr: "12345678",
      orgWebsite: "https://www.example.dk",
      emailSignature: "Venlig hilsen\nSelvhjælp Testby\nTorvet 1, 8000 Testby",
      dataControllerText: "Selvhjælp Testby, Torvet 1, 8000 Testby, er dataansvarlig.",
    });
    // The other settings keep their defaults.
    expect((await getSettings()).membershipFeeOre).toBe(10000);
    expect(await db.auditEvent.count({ where: { action: "settings.identity-update", actorUserId: adminId } })).toBe(1);
    expect(revalidatedPaths()).toContain("/");
  });

  it("keeps a typed genitive, signature (line breaks as \\n) and data-controller text", async () => {
    const input = {
      ...valid,
      orgName: "Selvhjælp Aarhus",
      orgNameGenitive: "",
      emailSignature: "Kærlig hilsen\r\nOs\r\n",
      dataControllerText: "Bestyrelsen er dataansvarlig.",
    };
    expect(await saveIdentity(input)).toEqual({ ok: true });
    expect(await getIdentity(db as never)).toMatchObject({
      orgNameGenitive: "Selvhjælp Aarhus'",
      emailSignature: "Kærlig hilsen\nOs",
      dataControllerText: "Bestyrelsen er dataansvarlig.",
    });
  });

  it.each([
    ["orgName", ""],
    ["orgName", "  "],
    ["orgName", "x".repeat(81)],
    ["orgCvr", "1234567"],
    ["orgCvr", "123456789"],
    ["orgCvr", "1234567a"],
    ["orgPostcode", "740"],
    ["orgEmail", "ikke-en-email"],
    ["orgWebsite", "javascript:alert(1)"],
    ["orgWebsite", "https://localhost"],
    ["orgPhone", "ring til os"],
    ["emailSignature", "1\n2\n3\n4\n5\n6\n7"],
    ["emailSignature", "x".repeat(301)],
    ["dataControllerText", "Os\u202E"],
    ["orgStreet", "Torvet\n1"],
  ])("refuses %s = %j with a Danish message on the field and saves nothing", async (field, value) => {
    const result = await saveIdentity({ ...valid, [field]: value });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [expect.stringMatching(/[a-zæøå]/)] } });
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("says in Danish what a CVR number and a name need", async () => {
    const result = await saveIdentity({ ...valid, orgName: "", orgCvr: "123" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { orgName: ["Skriv foreningens navn."], orgCvr: ["CVR-nummeret skal være 8 cifre."] },
    });
  });

  it("refuses anonymous callers and facilitators without saving", async () => {
    signInAs(null);
    expect(await saveIdentity(valid)).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs((await createFacilitator()).user.id);
    expect(await saveIdentity(valid)).toMatchObject({ ok: false, code: "DENIED", message: expect.stringMatching(/adgang/) });
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("refuses a malformed input (not an object, missing fields) with a Danish message", async () => {
    for (const input of [null, "tekst", 7, [], { orgName: "Kun navnet" }]) {
      expect(await saveIdentity(input)).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/[a-zæøå]/) });
    }
    expect(await db.settings.count()).toBe(0);
  });
});
