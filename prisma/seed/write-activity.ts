// Writes applications (with the three consents), participations, group contacts and interests.
import { db } from "@/lib/db";
import { CONSENT_VERSION, seedApplications, seedContacts, seedInterests, seedParticipations } from "./activity";
import { daysAgo } from "./dates";
import type { GroupIds } from "./write-groups";
import type { MemberIds } from "./write-people";

export async function seedActivity(now: Date, members: MemberIds, groups: GroupIds): Promise<void> {
  for (const a of seedApplications) {
    const id = `seed-application-${a.key}`;
    const created = daysAgo(now, a.createdDaysAgo);
    const at = (days: number | undefined) => (days === undefined ? null : daysAgo(now, days));
    await db.application.upsert({
      where: { id },
      update: {},
      create: {
        id,
        groupId: groups[a.group],
        memberId: members[a.member],
        message: a.message ?? null,
        consentConfidentialityAt: created,
        consentConfidentialityVersion: CONSENT_VERSION,
        consentSensitiveDataAt: created,
        consentSensitiveDataVersion: CONSENT_VERSION,
        consentFeeAt: created,
        consentFeeVersion: CONSENT_VERSION,
        consentWithdrawnAt: at(a.consentWithdrawnDaysAgo),
        status: a.status,
        intakeHeldOn: at(a.intakeDaysAgo),
        declineReason: a.declineReason ?? null,
        decidedAt: at(a.decidedDaysAgo),
        createdAt: created,
      },
    });
  }

  for (const p of seedParticipations) {
    const id = `seed-participation-${p.member}-${p.group}`;
    const existed = (await db.participation.count({ where: { id } })) > 0;
    if (existed) continue;
    await db.participation.create({
      data: {
        id,
        groupId: groups[p.group],
        memberId: members[p.member],
        applicationId: p.application ? `seed-application-${p.application}` : null,
        joinedAt: daysAgo(now, p.joinedDaysAgo),
        leftAt: p.leftDaysAgo === undefined ? null : daysAgo(now, p.leftDaysAgo),
      },
    });
    // Only set on first creation, so a contact the coordinator changed is left alone.
    if (seedContacts[p.group] === p.member) {
      await db.group.update({ where: { id: groups[p.group] }, data: { contactParticipationId: id } });
    }
  }

  for (const i of seedInterests) {
    const id = `seed-interest-${i.key}`;
    const created = daysAgo(now, i.createdDaysAgo);
    await db.interest.upsert({
      where: { id },
      update: {},
      create: {
        id,
        name: i.name,
        email: i.email,
        topic: i.topic,
        ageBand: i.ageBand,
        consentAt: created,
        consentVersion: CONSENT_VERSION,
        handledAt: i.handledDaysAgo === undefined ? null : daysAgo(now, i.handledDaysAgo),
        createdAt: created,
      },
    });
  }
}
