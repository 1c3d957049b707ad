import type { Metadata } from "next";
import { OrgNameLine } from "@/components/layout/org-name-line";
import { ForgotPasswordForm } from "@/components/users/forgot-password-form";
import { requestPasswordReset } from "@/lib/users/actions";
import { RESET_VALID_HOURS } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Glemt adgangskode", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main id="indhold" className="mx-auto max-w-md space-y-6 px-4 py-12">
      <OrgNameLine />
      <h1 className="text-3xl font-semibold">Glemt adgangskode?</h1>
      <p>
        Skriv den emailadresse, du logger ind med. Hører den til en bruger, sender vi en mail med et link, hvor du kan vælge en ny adgangskode. Linket
        virker én gang og i {RESET_VALID_HOURS} time.
      </p>
      <ForgotPasswordForm action={requestPasswordReset} />
    </main>
  );
}
