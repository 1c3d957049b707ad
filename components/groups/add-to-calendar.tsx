import { calendarRhythm } from "@/lib/calendar/group-event";
import type { CadenceValue, GroupStateValue } from "@/lib/groups/labels";

type Props = { group: { slug: string; cadence: CadenceValue; weekday: number | null; startTime: string | null; state: GroupStateValue } };

/**
 * "Tilføj til kalender": a plain link to the group's calendar file (no script, no other site), shown
 * only when the group has a weekly rhythm and has not ended.
 */
export function AddToCalendar({ group }: Props) {
  if (!calendarRhythm(group)) return null;
  return (
    <div className="space-y-1">
      <a
        href={`/grupper/${encodeURIComponent(group.slug)}/kalender.ics`}
        download
        aria-describedby="kalender-forklaring"
        className="inline-flex items-center rounded border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-50"
      >
        Tilføj til kalender
      </a>
      <p id="kalender-forklaring" className="text-sm text-muted">
        Henter en kalenderfil (.ics) med gruppens faste mødetid. Åbn den, så lægger din kalender (fx på telefonen, Outlook eller Google) møderne ind.
      </p>
    </div>
  );
}
