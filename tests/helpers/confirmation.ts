import { db } from "@/lib/db";
import { unseal } from "@/lib/email/seal";

/**
 * The token of the newest confirmation link mailed to `to`, read as the recipient would: from the
 * queued mail itself (sealed in the outbox; the visible copy has the link redacted).
 */
export async function confirmationTokenFor(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to, sealedText: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true, sealedText: true },
  });
  const match = /\/bekraeft\/([A-Za-z0-9_-]{43})/.exec(unseal(mail.sealedText!));
  if (!match) throw new Error("the newest sealed mail to this address has no confirmation link");
  if (mail.text.includes(match[1])) throw new Error("the outbox copy shows the live link");
  return match[1];
}

/** Posts the confirmation page's form, as the browser does. */
export function confirmForm(token: string): FormData {
  const fd = new FormData();
  fd.set("token", token);
  return fd;
}
