"use client";
import { useEffect, useRef } from "react";

type Props = {
  kind: "error" | "success";
  children: React.ReactNode;
  /** When the session has ended: where to sign in again (the link comes back to this page). */
  signIn?: string;
};

/** A message for the whole form. Errors take focus so screen readers and keyboards land on them. */
export function FormAlert({ kind, children, signIn }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === "error") ref.current?.focus();
  }, [kind, children]);
  const colours = kind === "error" ? "border-danger-700 text-danger-700" : "border-success-700 text-success-700";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={kind === "error" ? "alert" : "status"}
      className={`rounded border-2 bg-white px-4 py-3 font-medium ${colours}`}
    >
      {children}
      {signIn ? (
        <>
          {" "}
          <a
            href={`${signIn}?callbackUrl=${encodeURIComponent(typeof window === "undefined" ? "/admin" : window.location.pathname)}`}
            className="underline"
          >
            Log ind igen
          </a>
        </>
      ) : null}
    </div>
  );
}

/** The message a form hook holds (components/forms/use-action-form.ts), or nothing. */
export function MessageAlert({ message }: { message: { kind: "error" | "success"; text: string; signIn?: string } | null }) {
  return message ? (
    <FormAlert kind={message.kind} signIn={message.signIn}>
      {message.text}
    </FormAlert>
  ) : null;
}
