import "server-only";
import type { Tx } from "@/lib/command/define";
import { hashToken, newToken } from "@/lib/users/tokens";
import { confirmationExpiry, type ConfirmationPurpose } from "./rules";

export type ConfirmationTarget =
  | { purpose: "MEMBER" | "RENEWAL"; memberId: string }
  | { purpose: "APPLICATION"; applicationId: string }
  | { purpose: "INTEREST"; interestId: string };

/** A new one-time link for the submission, in the caller's transaction. Returns the token (stored hashed only). */
export async function createConfirmationLink(tx: Tx, target: ConfirmationTarget, now: Date): Promise<string> {
  const { token, tokenHash } = newToken();
  await tx.confirmationLink.create({
    data: { ...target, purpose: target.purpose satisfies ConfirmationPurpose, tokenHash, expiresAt: confirmationExpiry(now) },
    select: { id: true },
  });
  return token;
}

export function findLink(client: Pick<Tx, "confirmationLink">, token: string) {
  return client.confirmationLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, memberId: true, applicationId: true, interestId: true, usedAt: true, expiresAt: true },
  });
}
