"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { CheckboxField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { withdrawConsentAction } from "@/lib/privacy/actions";

/** Records that the applicant withdrew their consents; a checkbox confirms first. */
export function AdminWithdrawConsentButton({ applicationId }: { applicationId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmed, setConfirmed] = useState(false);
  const [alert, setAlert] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [checkboxError, setCheckboxError] = useState<string | undefined>();
  const checkbox = useRef<HTMLInputElement>(null);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!confirmed) {
      setCheckboxError("Sæt kryds for at bekræfte, at ansøgeren har trukket sit samtykke tilbage.");
      checkbox.current?.focus();
      return;
    }
    setCheckboxError(undefined);
    startTransition(async () => {
      const result = await withdrawConsentAction({ applicationId });
      setAlert(result.ok ? { kind: "success", text: "Samtykket er registreret som trukket tilbage." } : { kind: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      {alert ? <FormAlert kind={alert.kind}>{alert.text}</FormAlert> : null}
      <CheckboxField
        ref={checkbox}
        error={checkboxError}
        name="confirmWithdrawal"
        id="bekraeft-tilbagetraekning"
        label="Ansøgeren har bedt om at trække sit samtykke tilbage"
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        Træk samtykket tilbage
      </Button>
    </form>
  );
}
