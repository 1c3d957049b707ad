"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionRunner } from "@/components/forms/use-action-runner";
import type { ActionResult } from "@/lib/command/result";

type Props = {
  children: React.ReactNode;
  /** The accessible name when the visible text does not say what it acts on. */
  label?: string;
  /** Asked before anything happens; nothing is asked when absent. */
  confirm?: string;
  /** Shown after it went through (the page is read again, too). */
  done?: string;
  /** A server action (passed from the server component as it is, never wrapped in a closure). */
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  /** What the action gets, e.g. { applicationId }: ids the server checks against the member's own. */
  input?: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
};

/** A button on the member's page that calls a server action, then reads the page again. */
export function SelfActionButton({ children, label, confirm, done, action, input, variant = "secondary" }: Props) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();
  return (
    <div className="space-y-2">
      <MessageAlert message={message} />
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        // While pending, the visible "Gemmer …" is the name: a label without that text would not match what is seen.
        aria-label={pending ? undefined : label}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          run(
            () => action(input ?? {}),
            () => {
              router.refresh();
              return done;
            },
          );
        }}
      >
        {pending ? "Gemmer …" : children}
      </Button>
    </div>
  );
}
