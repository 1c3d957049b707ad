import Link from "next/link";
import { getIdentity } from "@/lib/settings/data";
import { NavLink } from "./nav-link";

const links = [
  { href: "/hvad-er-en-selvhjaelpsgruppe", label: "Hvad er en selvhjælpsgruppe?" },
  { href: "/grupper", label: "Find en gruppe" },
  { href: "/bliv-medlem", label: "Bliv medlem" },
];

export async function SiteHeader() {
  const { orgName } = await getIdentity();
  return (
    <header className="border-b border-sand-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link prefetch={false} href="/" className="text-xl font-semibold text-brand-800 no-underline">
          {orgName}
        </Link>
        <nav aria-label="Hovedmenu">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href}>{l.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
