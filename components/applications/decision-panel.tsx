"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { PaymentForm } from "@/components/members/payment-form";
import {
  acceptApplicationAction,
  declineApplicationAction,
  waitlistApplicationAction,
  withdrawApplicationAction,
  type DecisionResult,
} from "@/lib/applications/actions";
import { DECLINE_REASONS, declineReasonLabel } from "@/lib/applications/labels";

type Props = {
  applicationId: string;
  memberId: string;
  canWaitlist: boolean;
  feeKroner: string;
  today: string;
};

/** Accept, waitlist, decline (a reason from the list) or mark withdrawn. */
export function DecisionPanel({ applicationId, memberId, canWaitlist, feeKroner, today }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<DecisionResult | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);

  function run(call: () => Promise<DecisionResult>) {
    startTransition(async () => {
      setNotice(null);
      const r = await call();
      setResult(r);
      if (!r.ok && r.fieldErrors?.reason) {
        setReasonError(r.fieldErrors.reason[0]);
        document.getElementById("afslag-begrundelse")?.focus();
      }
      if (r.ok) router.refresh();
    });
  }

  const refusal = result && !result.ok ? result : null;

  return (
    <div className="space-y-6">
      {notice ? <FormAlert kind="success">{notice}</FormAlert> : null}
      {refusal ? <FormAlert kind="error">{refusal.message}</FormAlert> : null}
      {refusal?.code === "MEMBERSHIP_UNPAID" ? (
        <section aria-labelledby="betal-nu" className="rounded border border-sand-200 bg-white p-4">
          <h3 id="betal-nu" className="text-lg font-semibold">
            Registrér betalingen her
          </h3>
          <p className="mb-3 text-muted">Når betalingen er registreret, kan du optage ansøgeren.</p>
          <PaymentForm
            memberId={memberId}
            defaultKroner={feeKroner}
            today={today}
            idPrefix="ansoegning-betaling"
            onSaved={() => {
              setResult(null);
              setNotice("Betalingen er registreret. Nu kan du optage ansøgeren.");
            }}
          />
        </section>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={pending} onClick={() => run(() => acceptApplicationAction({ applicationId }))}>
          Optag i gruppen
        </Button>
        {canWaitlist ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => waitlistApplicationAction({ applicationId }))}>
            Sæt på venteliste
          </Button>
        ) : null}
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => withdrawApplicationAction({ applicationId }))}>
          Markér som trådt tilbage
        </Button>
      </div>
      <form
        className="space-y-3"
        aria-label="Afslå ansøgningen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setReasonError(undefined);
          run(() => declineApplicationAction({ applicationId, reason }));
        }}
      >
        <SelectField
          id="afslag-begrundelse"
          name="reason"
          label="Begrundelse for afslag"
          hint="Begrundelsen vises ikke for ansøgeren."
          required
          placeholder="Vælg en begrundelse"
          options={DECLINE_REASONS.map((r) => ({ value: r, label: declineReasonLabel[r] }))}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={reasonError}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          Afslå ansøgningen
        </Button>
      </form>
    </div>
  );
}
