import type { Metadata } from "next";
import { LoginView } from "@/components/users/login-view";

// Static. A browser with a session cookie (it may be signed in already) and a link with a callback
// address or an error get the page rendered per request instead (next.config.mjs → app/udvalg/login).
export const metadata: Metadata = { title: "Log ind", robots: { index: false } };

export default function LoginPage() {
  return <LoginView />;
}
