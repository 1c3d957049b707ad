import Link from "next/link";

type NavItem = { href: string; label: string };

const adminItems: NavItem[] = [
  { href: "/admin", label: "Overblik" },
  { href: "/admin/ansoegninger", label: "Ansøgninger" },
  { href: "/admin/grupper", label: "Grupper" },
  { href: "/admin/emner", label: "Emner" },
  { href: "/admin/medlemmer", label: "Medlemmer" },
  { href: "/admin/igangsaettere", label: "Igangsættere" },
  { href: "/admin/brugere", label: "Brugere" },
  { href: "/admin/indhold", label: "Sidetekster" },
  { href: "/admin/udbakke", label: "Udbakke" },
  { href: "/admin/privatliv", label: "Privatliv" },
  { href: "/admin/statistik", label: "Statistik" },
  { href: "/admin/indstillinger", label: "Indstillinger" },
  { href: "/admin/drift", label: "Drift" },
  { href: "/admin/log", label: "Log" },
];

const facilitatorItems: NavItem[] = [{ href: "/admin/mine-grupper", label: "Mine grupper" }];

export function AdminNav({ role }: { role: "ADMIN" | "FACILITATOR" }) {
  const items = role === "ADMIN" ? adminItems : facilitatorItems;
  return (
    <nav aria-label="Administration">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="font-medium">
              {item.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/admin/konto" className="font-medium">
            Min konto
          </Link>
        </li>
      </ul>
    </nav>
  );
}
