import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireUserPage } from "@/lib/auth/session";
import { roleLabel } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Min konto" };

export default async function AccountPage() {
  const user = await requireUserPage();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">Min konto</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Navn</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">Rolle</dt>
        <dd>{roleLabel[user.role]}</dd>
      </dl>
      <section aria-labelledby="skift-kode" className="space-y-4">
        <h2 id="skift-kode" className="text-2xl font-semibold">
          Skift adgangskode
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
