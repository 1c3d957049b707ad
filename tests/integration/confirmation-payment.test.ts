import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import ConfirmedPage from "@/app/(public)/bekraeft/tak/page";
import { confirmSubmission } from "@/lib/confirmations/actions";
import { applyToGroup, becomeMember } from "@/lib/signup/actions";
import { confirmForm, confirmationTokenFor } from "../helpers/confirmation";
import { createGroup, createMember, createPaidMembership } from "../helpers/fixtures";
import { applicationForm, clearSignupTables, expectRedirect, memberForm, setSettings } from "../helpers/signup-fixtures";

// The page after a confirmation shows the fee and the payment details only to someone who has a fee to
// pay: not to a member under 18 (a waived membership), nor to one whose membership is already paid.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

beforeEach(async () => {
  await db.confirmationLink.deleteMany();
  await clearSignupTables();
  await setSettings({ membershipFeeOre: 12500, mobilePayNumber: "12345678", bankAccount: "1234 5678901234" });
});

/** Confirms the newest link to `email` and renders the page the confirmation redirects to. */
async function confirmAndShow(email: string): Promise<{ target: string; html: string }> {
  const message = await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor(email))));
  const target = message.match(/\/bekraeft\/tak\?[^;\s]*/)![0];
  const query = Object.fromEntries(new URL(target, "http://x").searchParams);
  return { target, html: renderToStaticMarkup(await ConfirmedPage({ searchParams: Promise.resolve(query) })) };
}

const PAYMENT_DETAILS = [/Kontingent/, /125 kr/, /12345678/, /1234 5678901234/, /MobilePay/];

describe("the fee on the page after a confirmation", () => {
  it("a member under 18: the membership is free, with no fee and no payment details", async () => {
    await expectRedirect(becomeMember(null, memberForm({ birthYear: String(new Date().getFullYear() - 15) })));
    const { target, html } = await confirmAndShow("mette@example.dk");
    expect(target).toBe("/bekraeft/tak?hvad=member&betaling=fri");
    expect(await db.membership.findFirstOrThrow({ select: { status: true } })).toEqual({ status: "WAIVED" });
    expect(html).toContain("Dit medlemskab er gratis, så du skal ikke betale kontingent.");
    for (const detail of PAYMENT_DETAILS) expect(html).not.toMatch(detail);
  });

  it("an applicant under 18 likewise", async () => {
    const group = await createGroup({ ageBand: "YOUTH" });
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { birthYear: String(new Date().getFullYear() - 16) })));
    const { target, html } = await confirmAndShow("mette@example.dk");
    expect(target).toBe("/bekraeft/tak?hvad=application&betaling=fri");
    expect(html).toContain("Hvad sker der nu?");
    for (const detail of PAYMENT_DETAILS) expect(html).not.toMatch(detail);
  });

  it("an adult whose membership awaits payment: the fee and how to pay it", async () => {
    await expectRedirect(becomeMember(null, memberForm()));
    const { target, html } = await confirmAndShow("mette@example.dk");
    expect(target).toBe("/bekraeft/tak?hvad=member");
    for (const detail of PAYMENT_DETAILS) expect(html).toMatch(detail);
    expect(html).not.toContain("gratis");
  });

  it("a member who has paid for this period: told so, no payment details", async () => {
    const member = await createMember({ email: "mette@example.dk" });
    await createPaidMembership(member.id);
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id)));
    const { target, html } = await confirmAndShow("mette@example.dk");
    expect(target).toBe("/bekraeft/tak?hvad=application&betaling=betalt");
    expect(html).toContain("Dit kontingent er allerede betalt.");
    for (const detail of PAYMENT_DETAILS) expect(html).not.toMatch(detail);
  });

  it("an unknown value in the address shows the fee, as for everyone who has not paid", async () => {
    const html = renderToStaticMarkup(await ConfirmedPage({ searchParams: Promise.resolve({ hvad: "member", betaling: "<script>" }) }));
    expect(html).toMatch(/Kontingent/);
    expect(html).not.toContain("<script>");
  });
});
