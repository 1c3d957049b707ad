"use client";
import type { ActionResult } from "@/lib/command/result";
import { useActionRunner } from "./use-action-runner";

type Props = {
  /** The visible text, e.g. "Slet". */
  children: React.ReactNode;
  /** The accessible name, naming what it acts on, e.g. "Slet mødet 03.03.2026". */
  label: string;
  /** The question asked before anything happens. */
  confirm: string;
  action: () => Promise<ActionResult>;
  tone?: "danger" | "normal";
};

/**
 * A small button in a table row that calls a server action after a confirmation. Success needs no
 * message (the row changes or leaves the table); a refusal or failure is announced beside the button.
 */
export function ConfirmActionButton({ children, label, confirm, action, tone = "normal" }: Props) {
  const { pending, message, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        className={`font-medium underline disabled:opacity-60 ${tone === "danger" ? "text-danger-700" : "text-brand-800"}`}
        disabled={pending}
        aria-label={label}
        onClick={() => {
          if (window.confirm(confirm)) run(action);
        }}
      >
        {children}
      </button>
      {message ? (
        <span role="alert" className="block text-danger-700">
          {message.text}
        </span>
      ) : null}
    </>
  );
}
