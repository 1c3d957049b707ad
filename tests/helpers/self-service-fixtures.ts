// Shared by the Min side integration tests: an empty database with the payment settings, and two
// members with the same kinds of records (the test signs in as Karen).
import { db } from "@/lib/db";
import { createApplication, createGroup, createMember } from "./fixtures";
import { expect } from "vitest";
import * as self from "@/lib/self-service/actions";
import { memberCookie, memberLinkTokenFor, setMemberCookie, signInMember, tokenForm } from "./member-session";
import { signInAs } from "./request";
import { clearSignupTables, expectRedirect, formData, setSettings } from "./signup-fixtures";

export async function clearAll() {
  await db.memberSession.deleteMany();
  await db.memberLink.deleteMany();
  await db.confirmationLink.deleteMany();
  await db.erasureRequest.deleteMany();
  await db.auditEvent.deleteMany();
  await db.applicationEvent.deleteMany();
  await clearSignupTables();
  await setSettings({
    coordinatorEmail: "koordinator@example.dk",
    mobilePayNumber: "12 34 56",
    bankAccount: "1234 5678901234",
    membershipFeeOre: 10000,
  });
  signInAs(null);
  setMemberCookie(null);
}

/** Two members with the same kinds of records; the test signs in as Karen. */
export async function twoMembers() {
  const group = await createGroup({ name: "Sorggruppe for voksne" });
  const otherGroup = await createGroup({ name: "Olafs gruppe" });
  const karen = await createMember({ email: "karen@example.dk", name: "Karen Kendt" });
  const olaf = await createMember({ email: "olaf@example.dk", name: "Olaf Anden" });
  const karenApp = await createApplication(group.id, karen.id);
  const olafApp = await createApplication(otherGroup.id, olaf.id);
  const interest = (name: string, email: string) =>
    db.interest.create({ data: { name, email, topic: "DIVORCE", ageBand: "ADULTS", consentAt: new Date(), consentVersion: "2026-11" } });
  const karenInterest = await interest("Karen Kendt", "karen@example.dk");
  const olafInterest = await interest("Olaf Anden", "olaf@example.dk");
  await signInMember(karen.id);
  return { group, otherGroup, karen, olaf, karenApp, olafApp, karenInterest, olafInterest };
}

export const linkForm = (email: string) => formData({ email, website: "" });

/** Where a form post redirected to, or the refusal it returned. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    const result = (await promise) as { ok: boolean; code?: string };
    return result.ok ? "ok" : `refused:${result.code}`;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return `redirect:${digest.split(";")[2]}`;
  }
}

/** Asks for a link and presses the button on its page, as the member would; returns the session cookie. */
export async function signInThroughEmail(email: string): Promise<string> {
  await expectRedirect(self.requestSignInLink(null, linkForm(email)));
  const token = await memberLinkTokenFor(email);
  expect(await outcome(self.signInWithLink(null, tokenForm(token)))).toBe("redirect:/min-side");
  return memberCookie()!;
}
