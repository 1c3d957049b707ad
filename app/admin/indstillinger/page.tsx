import type { Metadata } from "next";
import Link from "next/link";
import { IdentityForm } from "@/components/settings/identity-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { requireAdminPage } from "@/lib/auth/session";
import { getIdentity, getSettings } from "@/lib/settings/data";

export const metadata: Metadata = { title: "Indstillinger" };

export default async function SettingsPage() {
  await requireAdminPage();
  const [s, identity] = await Promise.all([getSettings(), getIdentity()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Indstillinger</h1>
      <p className="max-w-prose">Foreningens faste oplysninger og grænser. Ændringer gælder med det samme, også på de offentlige sider.</p>
      <p className="max-w-prose">
        Emnerne, grupperne samles om (fx sorg eller angst), retter du under <Link href="/admin/emner">Emner</Link>.
      </p>
      <SettingsForm
        initial={{
          membershipFeeKroner: String(s.membershipFeeOre / 100),
          mobilePayNumber: s.mobilePayNumber,
          bankAccount: s.bankAccount,
          coordinatorEmail: s.coordinatorEmail,
          maxGroupsPerFacilitator: String(s.maxGroupsPerFacilitator),
          minMeetingsBeforeWithdrawal: String(s.minMeetingsBeforeWithdrawal),
          retentionDays: String(s.retentionDays),
          renewalReminderDays: String(s.renewalReminderDays),
        }}
      />
      <IdentityForm initial={identity} />
    </div>
  );
}
