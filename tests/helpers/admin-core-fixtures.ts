import { db } from "@/lib/db";
import { hashToken } from "@/lib/users/tokens";

/** A user without a password and an invite for it; returns the raw token as the email link would carry it. */
export async function createInvitedUser(opts: { expiresInHours?: number; usedAt?: Date | null; email?: string } = {}) {
  const token = `testtoken-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  const user = await db.user.create({
    data: { email: opts.email ?? `inviteret-${Math.random().toString(36).slice(2)}@example.dk`, name: "Iben Inviteret", role: "FACILITATOR" },
  });
  await db.invite.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + (opts.expiresInHours ?? 72) * 3_600_000),
      usedAt: opts.usedAt ?? null,
    },
  });
  return { user, token };
}

/** The token in the newest invitation email to this address. */
export async function tokenFromOutbox(to: string): Promise<string> {
  const email = await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" }, select: { text: true } });
  const match = email.text.match(/\/invitation\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error("no invitation link in the email");
  return match[1];
}

export async function clearAdminCoreTables() {
  await db.auditEvent.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.invite.deleteMany();
  await db.loginFailure.deleteMany();
  await db.facilitatorAssignment.deleteMany();
  await db.facilitator.deleteMany();
  await db.user.deleteMany();
}
