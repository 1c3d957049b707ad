import { db } from "@/lib/db";
import { createConfirmationLink } from "@/lib/confirmations/links";
import { createApplication, createGroup, createMember } from "./fixtures";

export const COORDINATOR = "koordinator@example.dk";

/** A planned group with this minimum (and the fixtures' other defaults). */
export async function plannedGroup(minParticipants = 4, overrides: Parameters<typeof createGroup>[0] = {}) {
  const group = await createGroup({ state: "PLANNED", ...overrides });
  return db.group.update({ where: { id: group.id }, data: { minParticipants } });
}

/** The coordinators' address in Settings (the notices go there), or none. */
export async function setCoordinatorEmail(email: string | null) {
  await db.settings.upsert({ where: { id: 1 }, update: { coordinatorEmail: email ?? "" }, create: { id: 1, coordinatorEmail: email ?? "" } });
}

type AppOptions = { intake?: boolean; status?: "RECEIVED" | "WAITLISTED"; unconfirmed?: boolean; name?: string };

/** An applicant (a member of their own) with an application to the group; intake held unless told otherwise. */
export async function applicant(groupId: string, o: AppOptions = {}) {
  const member = await createMember({ name: o.name });
  const application = await createApplication(groupId, member.id, o.status ?? "RECEIVED");
  await db.application.update({
    where: { id: application.id },
    data: { intakeHeldOn: o.intake === false ? null : new Date(Date.now() - 86_400_000), awaitsConfirmation: o.unconfirmed ?? false },
  });
  if (o.unconfirmed) await db.member.update({ where: { id: member.id }, data: { awaitsConfirmation: true } });
  return { member, application };
}

/** n applicants whose intake is not held yet. */
export async function waitingForIntake(groupId: string, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) out.push((await applicant(groupId, { intake: false })).application);
  return out;
}

/** Emails to the coordinator so far. */
export function coordinatorMails() {
  return db.outboxEmail.findMany({ where: { to: COORDINATOR }, select: { subject: true, text: true }, orderBy: { createdAt: "asc" } });
}

/** An interest entry still waiting for its owner's confirmation, and the token of its link. */
export async function unconfirmedInterest(i: number, topic: "GRIEF" | "LONELINESS" = "GRIEF") {
  const entry = await db.interest.create({
    data: {
      name: `Person ${i}`,
      email: `interesse-${i}-${Math.random().toString(36).slice(2)}@example.dk`,
      topic,
      ageBand: "ADULTS",
      consentAt: new Date(),
      consentVersion: "test",
      awaitsConfirmation: true,
    },
  });
  const token = await db.$transaction((tx) => createConfirmationLink(tx, { purpose: "INTEREST", interestId: entry.id }, new Date()));
  return { entry, token };
}

/** A confirmed interest entry. */
export function confirmedInterest(i: number, topic: "GRIEF" | "LONELINESS" = "GRIEF") {
  return db.interest.create({
    data: { name: `Person ${i}`, email: `bekraeftet-${i}@example.dk`, topic, ageBand: "ADULTS", consentAt: new Date(), consentVersion: "test" },
  });
}
