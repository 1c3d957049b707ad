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

/**
 * The one-time token (an invitation, a reset or an administrator's set-password link) from the newest
 * mail to this address as the SMTP server received it (the outbox keeps only a copy with the link
 * redacted).
 */
export function tokenFromMail(mails: readonly { to: string[]; text: string }[], to: string): string {
  const mail = mails.filter((m) => m.to.includes(to)).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  const match = mail.text.match(/\/(?:invitation|login\/ny-adgangskode)\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error("no set-password link in the email");
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
