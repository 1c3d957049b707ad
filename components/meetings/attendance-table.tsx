import { formatShortDate } from "@/lib/format";
import { DeleteMeetingButton } from "./delete-meeting-button";
import { DataTable } from "@/components/admin/data-table";

type Meeting = { id: string; heldOn: Date; participantsPresent: number; facilitatorIds: string[] };

/**
 * The withdrawal as it happens: how many facilitators attended each recent meeting, as a table with
 * small bars (decorative) and a one-line text summary such as "2 → 1 → 1 → 0".
 */
type Props = { meetings: Meeting[]; facilitatorNames: Record<string, string>; /** Offer deleting a mistaken meeting. */ deleteFor?: string };

export function AttendanceTable({ meetings, facilitatorNames, deleteFor }: Props) {
  if (meetings.length === 0) return <p>Der er ikke registreret nogen møder endnu.</p>;
  const summary = meetings.map((m) => m.facilitatorIds.length).join(" → ");
  return (
    <div className="space-y-3">
      <p>
        Igangsættere til stede ved de seneste {meetings.length} møder, ældste først: <strong>{summary}</strong>
      </p>
      <DataTable
        label="Fremmøde ved møderne"
        caption="Fremmøde ved de seneste møder"
        columns={[
          "Dato",
          "Igangsættere",
          "Deltagere",
          ...(deleteFor
            ? [
                <span key="actions" className="sr-only">
                  Handlinger
                </span>,
              ]
            : []),
        ]}
      >
        {meetings.map((m) => (
          <tr key={m.id} className="border-b border-sand-200">
            <th scope="row" className="py-2 pr-4 font-normal">
              {formatShortDate(m.heldOn)}
            </th>
            <td className="py-2 pr-4">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-flex gap-1">
                  {[0, 1].map((i) => (
                    <span
                      key={i}
                      className={`inline-block h-3 w-6 rounded-sm ${i < m.facilitatorIds.length ? "bg-brand-700" : "border border-muted bg-white"}`}
                    />
                  ))}
                </span>
                <span>
                  {m.facilitatorIds.length}
                  {m.facilitatorIds.length > 0
                    ? ` (${m.facilitatorIds.map((id) => facilitatorNames[id] ?? "tidligere igangsætter").join(", ")})`
                    : " – gruppen mødtes selv"}
                </span>
              </span>
            </td>
            <td className="py-2 pr-4">{m.participantsPresent}</td>
            {deleteFor ? (
              <td className="py-2 pr-4">
                <DeleteMeetingButton groupId={deleteFor} meetingId={m.id} dateLabel={formatShortDate(m.heldOn)} />
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
