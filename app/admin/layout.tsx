import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { SkipLink } from "@/components/layout/skip-link";
import { requireUserPage } from "@/lib/auth/session";
import { getIdentity } from "@/lib/settings/data";

export const metadata: Metadata = { title: { default: "Administration", template: "%s · Administration" }, robots: { index: false } };

// The layout only shapes the page; each page and action below checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserPage();
  const { orgName } = await getIdentity();
  const who = (
    <>
      {user.name} <span className="hidden text-muted sm:inline">({user.role === "ADMIN" ? "administrator" : "igangsætter"})</span>
    </>
  );
  return (
    <>
      <SkipLink />
      <header className="border-b border-sand-200 bg-white">
        {/* On a phone two short rows: the name of the site with "Log ud", then "Menu" with who is signed in. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 md:py-3">
          <Link href="/admin" className="text-lg font-semibold text-brand-800 no-underline">
            {orgName}
            <span className="hidden sm:inline"> · Administration</span>
          </Link>
          <div className="flex items-center gap-3 text-base">
            <span className="hidden md:inline">{who}</span>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2 md:pb-3">
          <AdminNav role={user.role} who={who} />
        </div>
      </header>
      <main id="indhold" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
