"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { createMembershipPeriodAction, waiveMembershipAction } from "@/lib/members/actions";

/** Waive the fee (12 months), or open a new period awaiting payment for a renewal. */
export function MembershipButtons({ memberId }: { memberId: string }) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();

  function runFor(action: typeof waiveMembershipAction, done: string) {
    run(
      () => action({ memberId }),
      () => {
        router.refresh();
        return done;
      },
    );
  }

  return (
    <div className="space-y-3">
      <MessageAlert message={message} />
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => runFor(waiveMembershipAction, "Kontingentet er fritaget i 12 måneder.")}
        >
          Fritag for kontingent
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => runFor(createMembershipPeriodAction, "En ny periode afventer nu betaling.")}
        >
          Opret ny periode (fornyelse)
        </Button>
      </div>
    </div>
  );
}
