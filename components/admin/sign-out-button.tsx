"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-brand-700 px-3 py-1 text-base font-medium text-brand-800 hover:bg-brand-50"
    >
      Log ud
    </button>
  );
}
