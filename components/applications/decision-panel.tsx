"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { PaymentForm } from "@/components/members/payment-form";
import { acceptApplicationAction, declineApplicationAction, waitlistApplicationAction, withdrawApplicationAction } from "@/lib/applications/actions";
import type { ActionResult } from "@/lib/command/result";
import { DeclineForm } from "./decline-form";

type Props = {
  applicationId: string;
  memberId: string;
  canWaitlist: boolean;
  feeKroner: string;
  today: string;
  /** What the decline form offers for a membership awaiting payment (lib/applications/rules.ts). */
  pendingMembership?: "NONE" | "OFFER" | "SUGGEST";
};

/** Accept, waitlist, decline (a reason from the list) or mark withdrawn. */
export function DecisionPanel({ applicationId, memberId, canWaitlist, feeKroner, today, pendingMembership }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function run(call: () => Promise<ActionResult>) {
    setNotice(null);
    setResult(null);
    startTransition(async () => {
      const r = await call();
      setResult(r);
      if (r.ok) router.refresh();
    });
  }

  const refusal = result && !result.ok ? result : null;

  return (
    <div className="space-y-6">
      {notice ? <FormAlert kind="success">{notice}</FormAlert> : null}
      {refusal ? (
        <FormAlert kind="error" signIn={refusal.signIn}>
          {refusal.message}
        </FormAlert>
      ) : null}
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
      <DeclineForm
        applicationId={applicationId}
        disabled={pending}
        pendingMembership={pendingMembership}
        onAttempt={() => {
          setNotice(null);
          setResult(null);
        }}
        onDecline={async (input) => {
          setNotice(null);
          const r = await declineApplicationAction(input);
          setResult(r);
          if (r.ok) router.refresh();
          return r;
        }}
      />
    </div>
  );
}
