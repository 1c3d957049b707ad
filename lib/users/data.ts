import "server-only";
import { recordAudit } from "@/lib/audit/data";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { INVITE_VALID_HOURS, type RoleValue } from "./schema";
import { hashToken, newToken } from "./tokens";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: RoleValue;
  active: boolean;
  hasPassword: boolean;
  pendingInviteExpiresAt: Date | null;
};

/** Every account for the users page. The password hash is reduced to a yes/no here and never leaves. */
export async function listUsers(now = new Date()): Promise<UserRow[]> {
  await requireAdmin();
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      invites: { where: { usedAt: null, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
    },
  });
  return users.map(({ passwordHash, invites, ...u }) => ({
    ...u,
    hasPassword: Boolean(passwordHash),
    pendingInviteExpiresAt: invites[0]?.expiresAt ?? null,
  }));
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<"ok" | "wrong-current"> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) return "wrong-current";
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Ends every session signed in before now (the caller's own is renewed by the action).
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() }, select: { id: true } });
    await recordAudit({ actorUserId: userId, action: "user.password-change", entityType: "User", entityId: userId }, tx);
  });
  return "ok";
}

type InviteData = { name: string; email: string; role: RoleValue; courseCompletedAt: Date | null };
export type InviteOutcome =
  | { ok: true; userId: string; name: string; email: string; role: RoleValue; token: string }
  | { ok: false; reason: "has-account" | "not-found" | "inactive" };

const inviteExpiry = () => new Date(Date.now() + INVITE_VALID_HOURS * 3_600_000);

/**
 * Creates the account (without a password) and a one-time invite. Inviting an email whose account
 * has no password yet sends a fresh invite and revokes the older unused ones; an account that has a
 * password is refused.
 */
export async function createInvite(input: InviteData, actorUserId: string): Promise<InviteOutcome> {
  const { token, tokenHash } = newToken();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, passwordHash: true, active: true } });
    if (existing?.passwordHash) return { ok: false, reason: "has-account" } as const;
    if (existing && !existing.active) return { ok: false, reason: "inactive" } as const;
    let userId = existing?.id;
    if (userId) {
      await tx.invite.deleteMany({ where: { userId, usedAt: null } });
    } else {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          ...(input.role === "FACILITATOR" ? { facilitator: { create: { courseCompletedAt: input.courseCompletedAt } } } : {}),
        },
        select: { id: true },
      });
      userId = user.id;
    }
    await tx.invite.create({ data: { userId, tokenHash, expiresAt: inviteExpiry() }, select: { id: true } });
    await recordAudit({ actorUserId, action: existing ? "user.reinvite" : "user.invite", entityType: "User", entityId: userId }, tx);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true } });
    return { ok: true, userId, token, ...user } as const;
  });
}

/** A fresh invite for an account that has no password yet; older unused invites stop working. */
export async function renewInvite(userId: string, actorUserId: string): Promise<InviteOutcome> {
  const { token, tokenHash } = newToken();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, role: true, passwordHash: true, active: true } });
    if (!user) return { ok: false, reason: "not-found" } as const;
    if (user.passwordHash) return { ok: false, reason: "has-account" } as const;
    if (!user.active) return { ok: false, reason: "inactive" } as const;
    await tx.invite.deleteMany({ where: { userId, usedAt: null } });
    await tx.invite.create({ data: { userId, tokenHash, expiresAt: inviteExpiry() }, select: { id: true } });
    await recordAudit({ actorUserId, action: "user.reinvite", entityType: "User", entityId: userId }, tx);
    return { ok: true, userId, token, name: user.name, email: user.email, role: user.role } as const;
  });
}

export type SetActiveOutcome = "ok" | "not-found" | "self" | "last-admin";

/** Deactivates or reactivates an account. Never the caller's own, never the last active administrator. */
export async function setUserActive(userId: string, active: boolean, actorUserId: string): Promise<SetActiveOutcome> {
  if (!active && userId === actorUserId) return "self";
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
    if (!user) return "not-found";
    if (!active && user.role === "ADMIN") {
      const otherAdmins = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
      if (otherAdmins === 0) return "last-admin";
    }
    await tx.user.update({ where: { id: userId }, data: { active }, select: { id: true } });
    await recordAudit({ actorUserId, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: userId }, tx);
    return "ok";
  });
}

export type InviteState = { state: "valid"; name: string } | { state: "expired" | "used" | "unknown" };

/** What the invitation page should show for a token from a link. */
export async function getInviteState(token: string, now = new Date()): Promise<InviteState> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, active: true } } },
  });
  if (!invite || !invite.user.active) return { state: "unknown" };
  if (invite.usedAt) return { state: "used" };
  if (invite.expiresAt <= now) return { state: "expired" };
  return { state: "valid", name: invite.user.name };
}

/** Sets the password from a valid invite and uses the invite up — once, even when two requests race. */
export async function acceptInvite(token: string, newPassword: string): Promise<"ok" | "expired" | "used" | "unknown"> {
  const before = await getInviteState(token);
  if (before.state !== "valid") return before.state;
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return "used";
    await tx.user.update({ where: { id: invite.userId }, data: { passwordHash, passwordChangedAt: now }, select: { id: true } });
    await tx.invite.deleteMany({ where: { userId: invite.userId, usedAt: null } });
    await recordAudit({ actorUserId: invite.userId, action: "user.password-set", entityType: "User", entityId: invite.userId }, tx);
    return "ok";
  });
}
