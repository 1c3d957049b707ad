import "server-only";
// For route handlers (downloads): the administrator calling, or the Danish answer to send instead —
// 401 for a caller who is not signed in, 403 for the wrong role. Never a thrown error or an HTTP 500.
import type { Actor } from "./actor";
import { getSession } from "./session";

export const plainText = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function adminForRoute(): Promise<{ admin: Actor; refusal?: never } | { admin?: never; refusal: Response }> {
  const user = await getSession();
  if (!user) return { refusal: plainText("Du er ikke logget ind (længere). Log ind igen for at hente filen.", 401) };
  if (user.role !== "ADMIN") return { refusal: plainText("Du har ikke adgang til dette.", 403) };
  return { admin: user };
}
