// Pure rules for the public signup journeys. No I/O. Whether a group takes applications is the admission
// rule in lib/groups/rules.ts; only its Danish wording for applicants lives here.
import type { Admission } from "@/lib/groups/rules";
import { isUnder18 } from "./schema";

/** Children and youth pay nothing; everyone else pays the fee from the settings. */
export function membershipFee(birthYear: number | null | undefined, settingsFeeOre: number, now = new Date()) {
  return isUnder18(birthYear, now) ? { feeOre: 0, status: "WAIVED" as const } : { feeOre: settingsFeeOre, status: "PENDING_PAYMENT" as const };
}

/** What an applicant is told when the group does not take newcomers (admission() in lib/groups/rules.ts). */
export const AVAILABILITY_MESSAGE: Record<Exclude<Admission, "OPEN">, string> = {
  ENDED: "Gruppen er afsluttet og tager ikke imod ansøgninger. Skriv dig gerne på interesselisten.",
  CLOSED: "Gruppen tager ikke imod nye deltagere lige nu. Skriv dig gerne på interesselisten.",
  FULL: "Gruppen er fuld lige nu. Skriv dig gerne på interesselisten, så kontakter vi dig.",
};

export const NOT_FOUND_MESSAGE = "Vi kan ikke finde gruppen. Den kan være blevet fjernet. Se de andre grupper under ”Find en gruppe”.";
