// Pure rules for confirming public submissions. No I/O. Safe in the browser.
// A public form can be posted with anyone's email address. So what it creates waits for the owner of
// the address to confirm it through a one-time link (or for a coordinator, after the intake call), and
// what is not confirmed in time is deleted by the retention purge.

export const CONFIRMATION_PURPOSES = ["MEMBER", "APPLICATION", "INTEREST", "RENEWAL"] as const;
export type ConfirmationPurpose = (typeof CONFIRMATION_PURPOSES)[number];

/** How long a confirmation link works; an unconfirmed submission is deleted after this too. */
export const CONFIRMATION_DAYS = 3;

export function confirmationExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION_DAYS * 24 * 3600_000);
}

/** Submissions still unconfirmed when created before this moment are due for deletion. */
export function unconfirmedCutoff(now: Date): Date {
  return new Date(now.getTime() - CONFIRMATION_DAYS * 24 * 3600_000);
}

export type LinkState = "valid" | "used" | "expired" | "unknown";

export function linkState(link: { usedAt: Date | null; expiresAt: Date } | null, now: Date): LinkState {
  if (!link) return "unknown";
  if (link.usedAt) return "used";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

/** The token in a link: 32 random bytes, base64url. Anything else is not looked up. */
export const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const LINK_STATE_MESSAGES: Record<Exclude<LinkState, "valid">, string> = {
  used: "Linket er allerede brugt. Har du bekræftet, er alt i orden – du behøver ikke gøre mere.",
  expired: `Linket er udløbet (det virker i ${CONFIRMATION_DAYS} dage). Udfyld formularen igen, så sender vi et nyt.`,
  unknown: "Linket virker ikke. Tjek, at du har kopieret hele linket fra emailen.",
};

/** What the confirmation page asks the owner to confirm; `orgName` as the settings name the organisation. */
export function purposeQuestion(purpose: ConfirmationPurpose, orgName: string): string {
  switch (purpose) {
    case "MEMBER":
      return `Bekræft din indmeldelse i ${orgName}.`;
    case "APPLICATION":
      return "Bekræft din ansøgning om en plads i en selvhjælpsgruppe.";
    case "INTEREST":
      return "Bekræft, at du vil stå på vores interesseliste.";
    case "RENEWAL":
      return "Bekræft, at du vil forny dit medlemskab.";
  }
}

export const PURPOSE_BUTTON: Record<ConfirmationPurpose, string> = {
  MEMBER: "Bekræft indmeldelse",
  APPLICATION: "Bekræft ansøgning",
  INTEREST: "Bekræft tilmelding",
  RENEWAL: "Bekræft fornyelse",
};

/**
 * What the page after a confirmation says about the fee: the fee and how to pay it ("pay"), nothing to
 * pay ("free": a waived membership, as under 18, or no fee at all) or already paid ("paid"). Said as
 * lib/signup/emails.ts paymentText says it in the welcome email.
 */
export type PaymentNotice = "pay" | "free" | "paid";

export function paymentNotice(payment: { feeOre: number; status: "PENDING_PAYMENT" | "PAID" | "WAIVED" }): PaymentNotice {
  if (payment.status === "WAIVED" || payment.feeOre === 0) return "free";
  return payment.status === "PAID" ? "paid" : "pay";
}

/** The notice in the thank-you page's address (`betaling=…`); "pay" is the default and needs none. */
export const PAYMENT_PARAM: Record<Exclude<PaymentNotice, "pay">, string> = { free: "fri", paid: "betalt" };

export function paymentNoticeFromParam(value: string | undefined): PaymentNotice {
  if (value === PAYMENT_PARAM.free) return "free";
  if (value === PAYMENT_PARAM.paid) return "paid";
  return "pay";
}
