import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmSubmission } from "@/lib/confirmations/commands";
import { execute } from "@/lib/command/execute";
import { INTEREST_MINIMUM, listInterestNotices, syncInterestNotice } from "@/lib/interest/demand";
import { actorOf, createAdmin } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/db-tables";
import { COORDINATOR, confirmedInterest, coordinatorMails, setCoordinatorEmail, unconfirmedInterest } from "../helpers/forming-fixtures";

// The coordinator is told once when an interest-list topic and age band reaches the minimum of
// confirmed entries: by email (in the confirmation's transaction) and on the overview.

let adminId: string;
beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  await setCoordinatorEmail(COORDINATOR);
});

/** The owner's click on the link, from an address of its own (so the per-address limit is not what is tested). */
const confirm = (token: string, i: number) => execute(confirmSubmission, { token }, { actor: null, clientIp: `198.51.100.${i + 1}` });

const notices = () => db.interestMinimumNotice.findMany({ select: { topic: true, ageBand: true } });

describe("interest reaching the minimum", () => {
  it("tells the coordinator once, on the confirmation that reaches it, and names no topic", async () => {
    expect(INTEREST_MINIMUM).toBe(4);
    for (let i = 0; i < INTEREST_MINIMUM - 1; i++) await confirmedInterest(i);
    // Other topics and unconfirmed entries do not count.
    for (let i = 0; i < 5; i++) await confirmedInterest(100 + i, "LONELINESS");
    await unconfirmedInterest(99);
    const first = await unconfirmedInterest(10);
    const second = await unconfirmedInterest(11);
    expect((await confirm(first.token, 0)).result.ok).toBe(true);
    const mails = await coordinatorMails();
    expect(mails).toHaveLength(1);
    expect(mails[0].subject + mails[0].text).not.toMatch(/sorg|voksne/i);
    expect((await confirm(second.token, 1)).result.ok).toBe(true);
    expect(await coordinatorMails()).toHaveLength(1);
    expect(await notices()).toEqual([{ topic: "GRIEF", ageBand: "ADULTS" }]);
    const shown = await listInterestNotices(await actorOf(adminId));
    expect(shown).toMatchObject([{ topic: "GRIEF", ageBand: "ADULTS", waiting: INTEREST_MINIMUM + 1 }]);
  });

  it("concurrent confirmations that reach it together give exactly one notice", async () => {
    await confirmedInterest(0);
    const links = [];
    for (let i = 0; i < 5; i++) links.push(await unconfirmedInterest(i + 1));
    const results = await Promise.all(links.map((l, i) => confirm(l.token, i)));
    expect(results.map((r) => r.result.ok)).toEqual(links.map(() => true));
    expect(await db.interest.count({ where: { awaitsConfirmation: false } })).toBe(6);
    expect(await coordinatorMails()).toHaveLength(1);
    expect(await notices()).toHaveLength(1);
  });

  it("concurrent confirmations that each bring it one closer are not lost", async () => {
    for (let i = 0; i < INTEREST_MINIMUM - 2; i++) await confirmedInterest(i);
    const links = [await unconfirmedInterest(20), await unconfirmedInterest(21)];
    await Promise.all(links.map((l, i) => confirm(l.token, i)));
    expect(await coordinatorMails()).toHaveLength(1);
  });

  it("is cleared when the count has fallen below the minimum, so the next crossing is told again", async () => {
    const entries = [];
    for (let i = 0; i < INTEREST_MINIMUM; i++) entries.push(await confirmedInterest(i));
    await db.$transaction((tx) => syncInterestNotice(tx, "GRIEF", "ADULTS"));
    expect(await coordinatorMails()).toHaveLength(1);
    // Two are handled (or erased) elsewhere; the next confirmation sees the count below the minimum.
    await db.interest.update({ where: { id: entries[0].id }, data: { handledAt: new Date() } });
    await db.interest.delete({ where: { id: entries[1].id } });
    const next = await unconfirmedInterest(30);
    await confirm(next.token, 0);
    expect(await notices()).toEqual([]);
    const last = await unconfirmedInterest(31);
    await confirm(last.token, 1);
    expect(await coordinatorMails()).toHaveLength(2);
  });

  it("a refused confirmation (used link) changes nothing", async () => {
    for (let i = 0; i < INTEREST_MINIMUM - 1; i++) await confirmedInterest(i);
    const link = await unconfirmedInterest(40);
    await db.confirmationLink.updateMany({ data: { usedAt: new Date() } });
    expect((await confirm(link.token, 0)).result).toMatchObject({ ok: false, code: "USED" });
    expect(await coordinatorMails()).toEqual([]);
    expect(await notices()).toEqual([]);
  });
});
