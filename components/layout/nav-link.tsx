"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = {
  href: string;
  children: React.ReactNode;
  /** Current only on this very path (an overview whose sections have their own links). */
  exact?: boolean;
  /** A whole line to tap (a phone menu), at least 44 px high. */
  block?: boolean;
};

/** A navigation link that tells assistive technology (and the eye) which section is open. */
export function NavLink({ href, children, exact = false, block = false }: Props) {
  const pathname = usePathname() ?? "";
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      prefetch={false}
      href={href}
      aria-current={current ? "page" : undefined}
      className={`font-medium aria-[current=page]:font-bold aria-[current=page]:text-brand-800 ${block ? "flex min-h-11 items-center" : ""}`}
    >
      {children}
    </Link>
  );
}
