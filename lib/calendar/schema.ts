// Inputs of the calendar commands, and the feed's address. Safe in the browser.
import { z } from "@/lib/validation/zod";

/** "Lav nyt link" and "Slet link" act on the caller's own feed: nothing to choose. */
export const ownFeedInput = z.object({});

/** Where a feed link points: /kalender/<token>.ics on the site. */
export function feedUrl(siteUrl: string, token: string): string {
  return new URL(`/kalender/${token}.ics`, siteUrl).toString();
}

/** The same address for calendar programs that subscribe through webcal:// (Apple Calendar, Outlook). */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, "webcal://");
}
