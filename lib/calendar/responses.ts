import "server-only";
// The HTTP answers of the calendar routes: the file with its headers, or a short Danish 404.
import { serializeCalendar, type Calendar } from "./ics";

export function calendarResponse(calendar: Calendar, opts: { fileName: string; cache: "public" | "private" }): Response {
  return new Response(serializeCalendar(calendar), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${opts.fileName}"`,
      // A private feed is read anew each time (a revoked link stops at once) and never indexed.
      ...(opts.cache === "private" ? { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } : {}),
    },
  });
}

export function calendarNotFound(): Response {
  return new Response("Kalenderen findes ikke.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
