import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { getGroupForEdit } from "@/lib/groups/data";
import { toDateInputValue } from "@/lib/format";
import { AdminGroupForm } from "@/components/groups/admin-group-form";
import { getTopics } from "@/lib/topics/cache";
import { topicOptions } from "@/lib/topics/topics";
import { listVenueChoices } from "@/lib/venues/data";
import { venueOptions } from "@/lib/venues/venues";

export const metadata = { title: "Redigér gruppe" };

export default async function EditGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const [g, topics, venues] = await Promise.all([getGroupForEdit(admin, id), getTopics(), listVenueChoices()]);
  if (!g) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/grupper/${g.id}`}>Tilbage til {g.name}</Link>
      </p>
      <h1 className="text-2xl font-semibold">Redigér {g.name}</h1>
      <p className="text-muted">Adressen på den offentlige side er /grupper/{g.slug} og ændres ikke, så links virker.</p>
      <AdminGroupForm
        groupId={g.id}
        topicOptions={topicOptions(topics, g.topic)}
        venueOptions={venueOptions(venues, g.venueId)}
        defaults={{
          name: g.name,
          topic: g.topic,
          ageBand: g.ageBand,
          description: g.description,
          cadence: g.cadence,
          weekday: g.weekday ? String(g.weekday) : "",
          startTime: g.startTime ?? "",
          durationMinutes: String(g.durationMinutes),
          format: g.format,
          venueId: g.venueId ?? "",
          meetingPoint: g.meetingPoint,
          onlineUrl: g.onlineUrl,
          capacity: String(g.capacity),
          openForNewcomers: g.openForNewcomers,
          startDate: g.startDate ? toDateInputValue(g.startDate) : "",
          plannedEndDate: g.plannedEndDate ? toDateInputValue(g.plannedEndDate) : "",
          minParticipants: String(g.minParticipants),
          expectedStartOn: g.expectedStartOn ? toDateInputValue(g.expectedStartOn) : "",
        }}
      />
    </div>
  );
}
