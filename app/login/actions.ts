"use server";
// The login form's post: works without JavaScript (a server action posts the form; the password
// travels in the request body, never in a URL) and with it (the same action, without a reload).
// Public by nature: authenticate() applies the sign-in throttle (per account and address, bounded hashing).
import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/login";
import { LOGIN_ERRORS, safeCallbackPath } from "@/lib/auth/schema";
import { startSession } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";

export type LoginState = { error: string | null };

export async function signInWithPassword(_prev: LoginState, form: FormData): Promise<LoginState> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const result = await authenticate(field("email"), field("password"), await clientIp());
  if (!result.ok) return { error: LOGIN_ERRORS[result.code] };
  await startSession(result.user);
  redirect(safeCallbackPath(field("callbackUrl"), new URL(env().SITE_URL).origin));
}
