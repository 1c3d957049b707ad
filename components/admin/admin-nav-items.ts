export type NavItem = { href: string; label: string };
/** A group of the phone menu; `label` is its heading (none for the account link at the end). */
export type NavGroup = { label: string | null; items: NavItem[] };

const account: NavGroup = { label: null, items: [{ href: "/admin/konto", label: "Min konto" }] };

export const adminNavGroups: NavGroup[] = [
  {
    label: "Det daglige",
    items: [
      { href: "/admin", label: "Overblik" },
      { href: "/admin/ansoegninger", label: "Ansøgninger" },
      { href: "/admin/grupper", label: "Grupper" },
      { href: "/admin/medlemmer", label: "Medlemmer" },
      { href: "/admin/igangsaettere", label: "Igangsættere" },
    ],
  },
  {
    label: "Hjemmeside og mails",
    items: [
      { href: "/admin/emner", label: "Emner" },
      { href: "/admin/steder", label: "Mødesteder" },
      { href: "/admin/indhold", label: "Sidetekster" },
      { href: "/admin/udbakke", label: "Udbakke" },
    ],
  },
  {
    label: "Opsætning og tilsyn",
    items: [
      { href: "/admin/brugere", label: "Brugere" },
      { href: "/admin/indstillinger", label: "Indstillinger" },
      { href: "/admin/privatliv", label: "Privatliv" },
      { href: "/admin/statistik", label: "Statistik" },
      { href: "/admin/drift", label: "Drift" },
      { href: "/admin/log", label: "Log" },
    ],
  },
  account,
];

export const facilitatorNavGroups: NavGroup[] = [{ label: null, items: [{ href: "/admin/mine-grupper", label: "Mine grupper" }] }, account];
