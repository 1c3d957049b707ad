"use client";
import { useEffect, useRef } from "react";

/** A message for the whole form. Errors take focus so screen readers and keyboards land on them. */
export function FormAlert({ kind, children }: { kind: "error" | "success"; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === "error") ref.current?.focus();
  }, [kind, children]);
  const colours = kind === "error" ? "border-danger-700 text-danger-700" : "border-success-700 text-success-700";
  return (
    <div ref={ref} tabIndex={-1} role={kind === "error" ? "alert" : "status"} className={`rounded border-2 bg-white px-4 py-3 font-medium ${colours}`}>
      {children}
    </div>
  );
}
