import "server-only";
// Reads and writes for calendars: a group's public calendar, and each user's private feed of their
// groups (a link whose token only the user gets; the table keeps its SHA-256 hash).
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { groupScheduleSelect } from "@/lib/groups/selects";
import { hashToken, newToken } from "@/lib/users/tokens";
import type { CalendarGroup } from "./group-event";

/** What a calendar shows of a group: public fields only, never participants or facilitators. */
const calendarGroupSelect = { ...groupScheduleSelect, createdAt: true, updatedAt: true } as const;

/** A group by slug for its calendar file; null when there is none. */
export async function getCalendarGroup(slug: string): Promise<CalendarGroup | null> {
  return db.group.findUnique({ where: { slug }, select: calendarGroupSelect });
}

/** The feed token: 32 random bytes, base64url (lib/users/tokens.ts). Anything else is never looked up. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The groups of the feed with this token: those the feed's owner has an active assignment on. Null
 * when no feed has the token (never made, replaced or revoked) or its owner is deactivated. One
 * lookup by the token's hash, on a unique index.
 */
export async function getFeedGroups(token: string): Promise<CalendarGroup[] | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      user: {
        select: {
          active: true,
          facilitator: {
            select: {
              assignments: { where: { withdrawnAt: null }, select: { group: { select: calendarGroupSelect } }, orderBy: { assignedAt: "asc" } },
            },
          },
        },
      },
    },
  });
  if (!feed || !feed.user.active) return null;
  const groups = new Map((feed.user.facilitator?.assignments ?? []).map((a) => [a.group.id, a.group]));
  return [...groups.values()];
}

/** Whether the signed-in user has a feed, and since when (the link itself cannot be shown again). */
export async function getOwnFeed(actor: Actor): Promise<{ createdAt: Date } | null> {
  return db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true } });
}

/** Makes the user's feed link, ending the one they had: its token is returned once and never stored. */
export async function replaceOwnFeed(tx: Tx, actor: Actor) {
  const { token, tokenHash } = newToken();
  const before = await tx.calendarFeed.findUnique({ where: { userId: actor.id }, select: { id: true } });
  // An upsert on the unique userId: two clicks at once leave one link (the later one), not an error.
  await tx.calendarFeed.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return done({ token, replaced: before !== null, userId: actor.id });
}

/** Ends the user's feed link; NO_FEED when they have none. */
export async function revokeOwnFeed(tx: Tx, actor: Actor) {
  const removed = await tx.calendarFeed.deleteMany({ where: { userId: actor.id } });
  return removed.count > 0 ? done({ userId: actor.id }) : refuse("NO_FEED");
}
