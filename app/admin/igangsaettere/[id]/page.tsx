import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { getFacilitator } from "@/lib/facilitators/data";
import { toDateInputValue } from "@/lib/format";
import { FacilitatorForm } from "@/components/facilitators/facilitator-form";

export const metadata = { title: "Igangsætter" };

export default async function FacilitatorPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const f = await getFacilitator(admin, id);
  if (!f) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/igangsaettere">Tilbage til igangsættere</Link>
      </p>
      <h1 className="text-2xl font-semibold">{f.user.name}</h1>
      <p>{f.user.email}</p>
      <FacilitatorForm
        facilitatorId={f.id}
        defaults={{ courseCompletedAt: f.courseCompletedAt ? toDateInputValue(f.courseCompletedAt) : "", active: f.active, phone: f.phone ?? "" }}
      />
    </div>
  );
}
