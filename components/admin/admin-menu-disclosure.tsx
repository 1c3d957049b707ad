"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { NavLink } from "@/components/layout/nav-link";
import type { NavGroup } from "./admin-nav-items";

/**
 * The phone menu: a native disclosure (details/summary: opens with Enter or Space, works without
 * JavaScript) with the links in labelled groups. It closes again when a link has been followed (the
 * layout, and so this element, stays between pages) and on Escape, which returns focus to "Menu".
 */
export function AdminMenuDisclosure({ groups, className }: { groups: NavGroup[]; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  function onKeyDown(event: React.KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !ref.current?.open) return;
    ref.current.open = false;
    ref.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={ref} onKeyDown={onKeyDown} className={`group ${className ?? ""}`}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-brand-700 px-3 py-1 font-medium text-brand-800">
        Menu
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3">
        {groups.map((group, i) => {
          const id = `admin-menu-${i}`;
          return (
            <div key={id} className={group.label ? undefined : "col-span-2"}>
              {group.label ? (
                <p id={id} className="mb-1 text-sm font-semibold tracking-wide text-muted uppercase">
                  {group.label}
                </p>
              ) : null}
              <ul aria-labelledby={group.label ? id : undefined} className="space-y-1">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href} exact={item.href === "/admin"} block>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </details>
  );
}
