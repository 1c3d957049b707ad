import Link from "next/link";
import { getIdentity } from "@/lib/settings/data";

/** On every public page: the organisation as the settings name it (a settings change revalidates every page). */
export async function SiteFooter() {
  const org = await getIdentity();
  const town = [org.orgPostcode, org.orgTown].filter(Boolean).join(" ");
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-base sm:grid-cols-3">
        <div className="space-y-1">
          <p className="font-semibold">{org.orgName}</p>
          {org.orgStreet || town ? (
            <p>
              {org.orgStreet}
              {org.orgStreet && town ? <br /> : null}
              {town}
            </p>
          ) : null}
          {org.orgPhone ? (
            <p>
              Telefon <a href={`tel:${org.orgPhone.replace(/\s/g, "")}`}>{org.orgPhone}</a>
            </p>
          ) : null}
          {org.orgEmail ? (
            <p>
              <a href={`mailto:${org.orgEmail}`}>{org.orgEmail}</a>
            </p>
          ) : null}
          {org.orgWebsite ? (
            <p>
              <a href={org.orgWebsite}>{org.orgWebsite.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
            </p>
          ) : null}
          {org.orgCvr ? <p>CVR {org.orgCvr}</p> : null}
        </div>
        <nav aria-label="Sidefod">
          <ul className="space-y-1">
            <li>
              <Link prefetch={false} href="/hvad-er-en-selvhjaelpsgruppe">
                Hvad er en selvhjælpsgruppe?
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/grupper">
                Find en gruppe
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/privatliv">
                Privatliv og dine data
              </Link>
            </li>
            <li>
              <Link href="/min-side">Min side – for medlemmer</Link>
            </li>
          </ul>
        </nav>
        <p className="text-muted">Selvhjælpsgrupper er ikke behandling. Er du i akut krise, så ring 112 eller til Livslinien på 70 201 201.</p>
      </div>
    </footer>
  );
}
