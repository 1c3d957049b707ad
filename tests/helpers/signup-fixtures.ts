import { db } from "@/lib/db";

/** A posted form, as the browser sends it: ticked checkboxes are "on", unticked ones are absent. */
export function formData(fields: Record<string, string | boolean | undefined>): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === false) continue;
    fd.set(key, value === true ? "on" : value);
  }
  return fd;
}

export function memberForm(overrides: Record<string, string | boolean | undefined> = {}) {
  return formData({
    name: "Mette Hansen",
    email: "mette@example.dk",
    phone: "",
    postcode: "7400",
    birthYear: "1975",
    consentMemberData: true,
    website: "",
    ...overrides,
  });
}

export function applicationForm(groupId: string, overrides: Record<string, string | boolean | undefined> = {}) {
  return formData({
    groupId,
    name: "Mette Hansen",
    email: "mette@example.dk",
    phone: "12345678",
    postcode: "7400",
    birthYear: "1975",
    message: "Jeg kan bedst om aftenen.",
    consentConfidentiality: true,
    consentSensitiveData: true,
    consentFee: true,
    website: "",
    ...overrides,
  });
}

export function interestForm(overrides: Record<string, string | boolean | undefined> = {}) {
  return formData({
    name: "Ole Jensen",
    email: "ole@example.dk",
    topic: "GRIEF",
    ageBand: "ADULTS",
    consentInterest: true,
    website: "",
    ...overrides,
  });
}

export async function setSettings(
  data: Partial<{ membershipFeeOre: number; mobilePayNumber: string; bankAccount: string; coordinatorEmail: string }>,
) {
  await db.settings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
}

/** Every table a public form may write to, emptied. */
export async function clearSignupTables() {
  await db.participation.deleteMany();
  await db.application.deleteMany();
  await db.membership.deleteMany();
  await db.member.deleteMany();
  await db.interest.deleteMany();
  await db.group.deleteMany();
  await db.rateLimitHit.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.settings.deleteMany();
}

/** Row counts of the tables a public form writes to: compare before and after a refusal. */
export async function writtenCounts() {
  const [members, memberships, applications, interests, outbox] = await Promise.all([
    db.member.count(),
    db.membership.count(),
    db.application.count(),
    db.interest.count(),
    db.outboxEmail.count(),
  ]);
  return { members, memberships, applications, interests, outbox };
}

/** Awaits an action that should redirect; returns the redirect target's error message. */
export async function expectRedirect(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const message = (error as Error).message + " " + String((error as { digest?: string }).digest ?? "");
    if (/NEXT_REDIRECT/.test(message)) return message;
    throw error;
  }
  throw new Error("expected a redirect, but the action returned");
}
