import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 text-base sm:grid-cols-3">
        <div>
          <p className="font-semibold">Selvhjælp Herning</p>
          <p>
            Fredensgade 14
            <br />
            7400 Herning
          </p>
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
