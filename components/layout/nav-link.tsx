"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that tells assistive technology (and the eye) which section is open. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname() ?? "";
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      prefetch={false}
      href={href}
      aria-current={current ? "page" : undefined}
      className="font-medium aria-[current=page]:font-bold aria-[current=page]:text-brand-800"
    >
      {children}
    </Link>
  );
}
