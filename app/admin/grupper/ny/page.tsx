import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/session";
import { AdminGroupForm, emptyGroupDefaults } from "@/components/groups/admin-group-form";
import { getTopics } from "@/lib/topics/cache";
import { topicOptions } from "@/lib/topics/topics";
import { getIdentity } from "@/lib/settings/data";
import { addressLine } from "@/lib/settings/identity";

export const metadata = { title: "Opret gruppe" };

export default async function NewGroupPage() {
  await requireAdminPage();
  const topics = await getTopics();
  // Groups usually meet at the organisation's own premises: its address is the first suggestion.
  const place = addressLine(await getIdentity());
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/grupper">Tilbage til grupper</Link>
      </p>
      <h1 className="text-2xl font-semibold">Opret gruppe</h1>
      <p className="max-w-prose text-muted">Gruppen oprettes som &quot;Under planlægning&quot; og vises straks i det offentlige gruppekatalog.</p>
      <AdminGroupForm defaults={{ ...emptyGroupDefaults, place }} topicOptions={topicOptions(topics)} />
    </div>
  );
}
