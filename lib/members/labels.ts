// Danish words for memberships and payments, and the member lists' URL values. Safe in the browser.
export const PAYMENT_METHODS = ["MOBILEPAY", "BANK_TRANSFER", "CASH"] as const;
export type PaymentMethodValue = (typeof PAYMENT_METHODS)[number];

export const paymentMethodLabel: Record<PaymentMethodValue, string> = {
  MOBILEPAY: "MobilePay",
  BANK_TRANSFER: "Bankoverførsel",
  CASH: "Kontant",
};

export const MEMBERSHIP_STATUSES = ["PENDING_PAYMENT", "PAID", "WAIVED", "EXPIRED"] as const;
export type MembershipStatusValue = (typeof MEMBERSHIP_STATUSES)[number];

export const membershipStatusLabel: Record<MembershipStatusValue, string> = {
  PENDING_PAYMENT: "Afventer betaling",
  PAID: "Betalt",
  WAIVED: "Fritaget",
  EXPIRED: "Udløbet",
};

/** A member's standing today, derived from their memberships (see rules.ts). */
export type MemberStanding = MembershipStatusValue | "NONE";
export const standingLabel: Record<MemberStanding, string> = { ...membershipStatusLabel, NONE: "Intet medlemskab" };

export const MEMBER_LISTS = ["afventer-betaling", "udloeber"] as const;
export type MemberList = (typeof MEMBER_LISTS)[number];
export const memberListLabel: Record<MemberList, string> = {
  "afventer-betaling": "Afventer betaling",
  // The window's length is a setting (renewalReminderDays): the list's own heading names it.
  udloeber: "Udløber snart",
};

export function parseMemberList(value: string | string[] | undefined): MemberList | null {
  const v = Array.isArray(value) ? value[0] : value;
  return (MEMBER_LISTS as readonly string[]).includes(v ?? "") ? (v as MemberList) : null;
}
