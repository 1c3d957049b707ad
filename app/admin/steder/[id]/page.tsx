import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VenueActions } from "@/components/venues/venue-actions";
import { VenueForm } from "@/components/venues/venue-form";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getVenueForAdmin } from "@/lib/venues/data";

export const metadata: Metadata = { title: "Ret mødested" };

export default async function VenuePage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const venue = await getVenueForAdmin(admin, (await params).id);
  if (!venue) notFound();
  const { id, retiredAt, _count, ...values } = venue;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/steder">Tilbage til mødesteder</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold">{venue.name}</h1>
        <p className="text-muted">
          {_count.groups === 0 ? "Ingen grupper har stedet." : `${_count.groups} ${_count.groups === 1 ? "gruppe har" : "grupper har"} stedet.`}
          {retiredAt ? ` Udgået ${formatDate(retiredAt)}: kan ikke vælges til nye grupper.` : null}
        </p>
      </div>
      <VenueActions venueId={id} name={venue.name} retired={retiredAt !== null} groups={_count.groups} />
      <section aria-labelledby="ret-sted" className="space-y-3">
        <h2 id="ret-sted" className="text-2xl font-semibold">
          Ret stedet
        </h2>
        <p className="max-w-prose">Ændringerne vises straks på siderne for de grupper, der mødes her.</p>
        <VenueForm venueId={id} defaults={values} />
      </section>
    </div>
  );
}
