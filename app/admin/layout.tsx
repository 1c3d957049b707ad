import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { SkipLink } from "@/components/layout/skip-link";
import { requireUserPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: { default: "Administration", template: "%s · Administration" }, robots: { index: false } };

// The layout only shapes the page; each page and action below checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserPage();
  return (
    <>
      <SkipLink />
      <header className="border-b border-sand-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="text-lg font-semibold text-brand-800 no-underline">
            Selvhjælp Herning · Administration
          </Link>
          <div className="flex items-center gap-3 text-base">
            <span>
              {user.name} <span className="text-muted">({user.role === "ADMIN" ? "administrator" : "igangsætter"})</span>
            </span>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-3">
          <AdminNav role={user.role} />
        </div>
      </header>
      <main id="indhold" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
