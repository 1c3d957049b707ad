import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/session";
import { listPageContents } from "@/lib/content/data";
import { publicPathFor } from "@/lib/content/schema";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Sidetekster" };

export default async function ContentListPage() {
  await requireAdminPage();
  const pages = await listPageContents();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Sidetekster</h1>
      <p className="max-w-prose">Her retter du teksterne på de offentlige informationssider. Ændringer vises på siden, så snart du gemmer.</p>
      {pages.length === 0 ? (
        <p className="text-muted">Der er ingen redigerbare sider endnu.</p>
      ) : (
        <table className="w-full max-w-3xl border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-sand-200">
              <th scope="col" className="py-2 pr-4">
                Side
              </th>
              <th scope="col" className="py-2 pr-4">
                Adresse
              </th>
              <th scope="col" className="py-2">
                Sidst rettet
              </th>
            </tr>
          </thead>
          <tbody>
            {pages.map((p) => (
              <tr key={p.slug} className="border-b border-sand-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/admin/indhold/${p.slug}`}>{p.title}</Link>
                </th>
                <td className="break-all py-2 pr-4">{publicPathFor(p.slug)}</td>
                <td className="py-2">{formatDateTime(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
