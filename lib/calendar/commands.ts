import "server-only";
// Every write on calendars: a signed-in user makes (or remakes) and revokes the private feed of their
// own groups. Nobody acts on another user's feed: the actor is the only key.
import { command } from "@/lib/command/define";
import { env } from "@/lib/env";
import * as data from "./data";
import { feedUrl, ownFeedInput } from "./schema";

/** The audit row points at the user whose feed it is: the caller. */
const owner = (_input: unknown, d: { userId: string }) => ({ type: "User" as const, id: d.userId });

export const createCalendarFeed = command({
  name: "calendar.create-feed",
  policy: { kind: "user" },
  input: ownFeedInput,
  run: (tx, actor) => data.replaceOwnFeed(tx, actor),
  refusals: {},
  audit: {
    verb: (_input, d) => (d.replaced ? "calendar-feed.replace" : "calendar-feed.create"),
    entity: owner,
  },
  invalidates: () => [{ kind: "calendar-feed" }],
  // The link travels to this one answer only: the table keeps its hash.
  result: (d) => ({ url: feedUrl(env().SITE_URL, d.token) }),
});

export const revokeCalendarFeed = command({
  name: "calendar.revoke-feed",
  policy: { kind: "user" },
  input: ownFeedInput,
  run: (tx, actor) => data.revokeOwnFeed(tx, actor),
  refusals: { NO_FEED: "Du har ikke noget kalenderlink." },
  audit: { verb: "calendar-feed.revoke", entity: owner },
  invalidates: () => [{ kind: "calendar-feed" }],
});
