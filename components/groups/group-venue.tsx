import type { GroupWhere } from "@/lib/groups/place";
import { ONLINE_PUBLIC_TEXT, placeText } from "@/lib/groups/place";
import { accessibilityOf, mapLink, venueAddressLine } from "@/lib/venues/venues";

/** One line for the facts: the place, or that an online group's link comes with admission. */
export function publicPlaceText(group: GroupWhere): string {
  return group.format === "ONLINE" ? ONLINE_PUBLIC_TEXT : placeText(group);
}

/**
 * Where the group meets, on its public page: the venue's name and address with a plain link to the map
 * (no embedded map, no third-party script), the way there, and what it offers for access. An online
 * group says only that the link comes with admission.
 */
export function GroupVenue({ group, headingId = "venue-heading" }: { group: GroupWhere; headingId?: string }) {
  const v = group.venue;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-2xl font-semibold text-brand-800">
        {group.format === "ONLINE" ? "Online" : "Mødested"}
      </h2>
      {group.format === "ONLINE" ? <p>{ONLINE_PUBLIC_TEXT}.</p> : null}
      {group.format === "OUTDOORS" ? (
        <p>
          Gruppen mødes udendørs: <strong>{group.meetingPoint}</strong>
        </p>
      ) : null}
      {group.format !== "ONLINE" && v ? (
        <div className="space-y-3">
          <address className="not-italic">
            <strong>{v.name}</strong>
            {v.name !== venueAddressLine(v) ? (
              <>
                <br />
                {venueAddressLine(v)}
              </>
            ) : null}
          </address>
          <p>
            <a href={mapLink(v)} rel="noopener noreferrer external">
              Se adressen på et kort<span className="sr-only">: {venueAddressLine(v)} (OpenStreetMap, en anden hjemmeside)</span>
            </a>
          </p>
          {v.directions ? <p className="whitespace-pre-line">{v.directions}</p> : null}
          <VenueAccessibility venue={v} />
        </div>
      ) : null}
      {group.format === "IN_PERSON" && !v ? <p>Stedet oplyses senere.</p> : null}
    </section>
  );
}

export function VenueAccessibility({ venue }: { venue: NonNullable<GroupWhere["venue"]> }) {
  const items = accessibilityOf(venue);
  return (
    <div>
      <h3 className="font-semibold">Tilgængelighed</h3>
      {items.length > 0 ? (
        <ul className="list-disc pl-6">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>Stedet har ikke oplyst noget om tilgængelighed. Spørg os gerne.</p>
      )}
    </div>
  );
}
