"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { createMembershipPeriodAction, waiveMembershipAction } from "@/lib/members/actions";

/** Waive the fee (12 months), or open a new period awaiting payment for a renewal. */
export function MembershipButtons({ memberId }: { memberId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function run(action: typeof waiveMembershipAction, done: string) {
    startTransition(async () => {
      const result = await action({ memberId });
      setAlert(result.ok ? { kind: "success", text: done } : { kind: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {alert ? <FormAlert kind={alert.kind}>{alert.text}</FormAlert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(waiveMembershipAction, "Kontingentet er fritaget i 12 måneder.")}>
          Fritag for kontingent
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(createMembershipPeriodAction, "En ny periode afventer nu betaling.")}>
          Opret ny periode (fornyelse)
        </Button>
      </div>
    </div>
  );
}
