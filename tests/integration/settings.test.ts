import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveSettings } from "@/lib/settings/actions";
import { getSettings } from "@/lib/settings/data";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { createAdmin, createFacilitator } from "../helpers/fixtures";

const valid = {
  membershipFeeKroner: "150",
  mobilePayNumber: " 98765 ",
  bankAccount: "9570 1234567890",
  coordinatorEmail: "Koordinator@Example.dk",
  maxGroupsPerFacilitator: "3",
  minMeetingsBeforeWithdrawal: "5",
  retentionDays: "365",
  renewalReminderDays: "21",
};

describe("organisation settings", () => {
  let adminId: string;
  beforeEach(async () => {
    await db.settings.deleteMany();
    await db.auditEvent.deleteMany();
    adminId = (await createAdmin()).id;
    signInAs(adminId);
  });

  it("saves the fee in øre, trims and normalises, audits, and revalidates every page", async () => {
    expect(await saveSettings(valid)).toEqual({ ok: true });
    expect(await getSettings()).toEqual({
      membershipFeeOre: 15000,
      mobilePayNumber: "98765",
      bankAccount: "9570 1234567890",
      coordinatorEmail: "koordinator@example.dk",
      maxGroupsPerFacilitator: 3,
      minMeetingsBeforeWithdrawal: 5,
      retentionDays: 365,
      renewalReminderDays: 21,
    });
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorUserId: adminId } })).toBe(1);
    expect(revalidatedPaths()).toContain("/");
  });

  it("allows an empty coordinator email and a zero fee", async () => {
    expect(await saveSettings({ ...valid, coordinatorEmail: "", membershipFeeKroner: "0" })).toEqual({ ok: true });
    expect((await getSettings()).membershipFeeOre).toBe(0);
  });

  it.each([
    ["membershipFeeKroner", "100,50"],
    ["membershipFeeKroner", "-1"],
    ["membershipFeeKroner", "mange"],
    ["coordinatorEmail", "ikke-en-email"],
    ["maxGroupsPerFacilitator", "0"],
    ["minMeetingsBeforeWithdrawal", "31"],
    ["retentionDays", "7"],
    ["mobilePayNumber", "1".repeat(61)],
    ["membershipFeeKroner", ""],
    ["membershipFeeKroner", "  "],
    ["retentionDays", ""],
    ["renewalReminderDays", "0"],
    ["renewalReminderDays", "91"],
    ["renewalReminderDays", ""],
    ["bankAccount", "1234\u202E5678"],
  ])("refuses %s = %j with a Danish message on the field and saves nothing", async (field, value) => {
    const result = await saveSettings({ ...valid, [field]: value });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "settings.update" } })).toBe(0);
  });

  it("an empty fee is an error in Danish, never 0 kr", async () => {
    const result = await saveSettings({ ...valid, membershipFeeKroner: "" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { membershipFeeKroner: [expect.stringMatching(/kontingentet/)] } });
  });

  it("refuses anonymous callers and facilitators without saving", async () => {
    signInAs(null);
    expect(await saveSettings(valid)).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs((await createFacilitator()).user.id);
    expect(await saveSettings(valid)).toMatchObject({ ok: false, code: "DENIED", message: expect.stringMatching(/adgang/) });
    expect(await db.settings.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("refuses a malformed input (not an object) with a Danish message", async () => {
    for (const input of [null, "tekst", 7, []]) {
      expect(await saveSettings(input)).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/felter/) });
    }
    expect(await db.settings.count()).toBe(0);
  });
});
