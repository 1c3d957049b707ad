"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { markApplicationConfirmed } from "@/lib/confirmations/actions";

/** For the coordinator who has talked with the applicant (the intake call) when the link never got used. */
export function MarkConfirmedButton({ applicationId }: { applicationId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ text: string; signIn?: string } | null>(null);
  return (
    <div className="space-y-3">
      {error ? (
        <FormAlert kind="error" signIn={error.signIn}>
          {error.text}
        </FormAlert>
      ) : null}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await markApplicationConfirmed({ applicationId });
            if (result.ok) router.refresh();
            else setError({ text: result.message, signIn: result.signIn });
          })
        }
      >
        {pending ? "Gemmer …" : "Markér som bekræftet"}
      </Button>
    </div>
  );
}
