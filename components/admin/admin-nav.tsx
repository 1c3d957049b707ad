import { NavLink } from "@/components/layout/nav-link";
import { AdminMenuDisclosure } from "./admin-menu-disclosure";
import type { NavGroup } from "./admin-nav-items";
import { adminNavGroups, facilitatorNavGroups } from "./admin-nav-items";

/**
 * The admin area's menu. On a wide screen the links in a row; on a phone (below md) the administrator's
 * many links fold into one "Menu" line that opens them in groups, so the menu does not fill the first
 * screen. A facilitator's two links stay in a row everywhere.
 */
export function AdminNav({ role, who }: { role: "ADMIN" | "FACILITATOR"; who?: React.ReactNode }) {
  const groups = role === "ADMIN" ? adminNavGroups : facilitatorNavGroups;
  const folds = role === "ADMIN";
  return (
    <div className={folds ? "relative" : "flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1"}>
      <nav aria-label="Administration">
        {folds ? <AdminMenuDisclosure groups={groups} className="md:hidden" /> : null}
        <ul className={`${folds ? "hidden md:flex" : "flex"} flex-wrap gap-x-4 gap-y-1 text-base`}>
          {groups
            .flatMap((g: NavGroup) => g.items)
            .map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={item.href === "/admin"}>
                  {item.label}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      {/* Who is signed in: in the top row on a wide screen (app/admin/layout.tsx), here on a phone, beside
          "Menu" (where the open menu's panel can use the whole width below it) or after the links. */}
      {who ? <p className={`text-sm md:hidden ${folds ? "absolute top-2 right-0 max-w-[60%] truncate" : ""}`}>{who}</p> : null}
    </div>
  );
}
