"use client";
import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { GENERIC_ERROR, type ActionResult } from "@/lib/command/result";
import type { FormMessage } from "./use-action-form";

type Success<R> = Extract<ActionResult<R>, { ok: true }>;

/**
 * For buttons that call a server action without a form (waive, remind, deactivate, release, delete):
 * pending while it runs, then the refusal as an error message, or the success text onSuccess returns.
 * An action that throws shows the generic message; a redirect from the action is left to Next.
 */
export function useActionRunner() {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<FormMessage | null>(null);

  function run<R>(call: () => Promise<ActionResult<R>>, onSuccess?: (result: Success<R>) => string | null | undefined | void) {
    setMessage(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (!result.ok) {
          setMessage({ kind: "error", text: result.message, signIn: result.signIn });
          return;
        }
        const text = onSuccess?.(result as Success<R>);
        if (text) setMessage({ kind: "success", text });
      } catch (error) {
        unstable_rethrow(error);
        setMessage({ kind: "error", text: GENERIC_ERROR });
      }
    });
  }

  return { pending, message, run };
}
