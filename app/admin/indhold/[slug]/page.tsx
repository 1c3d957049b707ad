import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminContentForm } from "@/components/content/admin-content-form";
import { requireAdminPage } from "@/lib/auth/session";
import { getPageContent } from "@/lib/content/data";
import { publicPathFor } from "@/lib/content/schema";

export const metadata: Metadata = { title: "Ret sidetekst" };

export default async function EditContentPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireAdminPage();
  const { slug } = await params;
  const page = await getPageContent(slug);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/indhold">← Alle sidetekster</Link>
      </p>
      <h1 className="text-3xl font-semibold">Ret “{page.title}”</h1>
      <AdminContentForm initial={{ slug: page.slug, title: page.title, body: page.body }} publicPath={publicPathFor(page.slug)} />
    </div>
  );
}
