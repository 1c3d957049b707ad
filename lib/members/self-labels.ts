// The member's own page ("Min side") in plain Danish: every state and status a member reads about
// themselves, in one place. Safe in the browser.
import type { MembershipStatusValue } from "./labels";
import type { OwnApplicationState } from "./self-rules";

/** An application's state as the applicant reads it: a short title and what happens next. */
export const ownApplicationLabel: Record<OwnApplicationState, { title: string; text: string }> = {
  UNCONFIRMED: {
    title: "Ikke bekræftet endnu",
    text: "Vi har fået ansøgningen, men den er ikke bekræftet fra din email. Åbn linket i den email, vi sendte, så går vi videre.",
  },
  RECEIVED: {
    title: "Modtaget",
    text: "Vi har modtaget din ansøgning. En koordinator kontakter dig for at aftale en kort forsamtale.",
  },
  INTAKE_HELD: {
    title: "Forsamtale holdt",
    text: "I har holdt forsamtalen. Koordinatoren giver dig besked, når der er taget en beslutning.",
  },
  WAITLISTED: {
    title: "På venteliste",
    text: "Du står på venteliste til gruppen. Vi kontakter dig, når der bliver en plads – ingen bliver optaget automatisk.",
  },
  ADMITTED: { title: "Optaget", text: "Du er optaget i gruppen." },
  LEFT: { title: "Stoppet", text: "Du var optaget i gruppen, men er stoppet." },
  DECLINED: { title: "Ikke optaget", text: "Du blev ikke optaget i gruppen. Kontakt os gerne, hvis du vil tale om en anden gruppe." },
  WITHDRAWN: { title: "Trukket tilbage", text: "Ansøgningen er trukket tilbage." },
};

/** A membership period's status as the member reads it; children and youth under 18 are waived. */
export const ownMembershipLabel: Record<MembershipStatusValue, string> = {
  PENDING_PAYMENT: "Afventer betaling",
  PAID: "Betalt",
  WAIVED: "Gratis – du skal ikke betale",
  EXPIRED: "Udløbet",
};

export const CONSENT_WITHDRAWN_TEXT = "Du har trukket dit samtykke tilbage for denne ansøgning.";

/** What pressing "træk samtykke tilbage" does, by what consentWithdrawal (lib/privacy/rules.ts) says. */
export const consentWithdrawalEffect = {
  withdraw: "Ansøgningen bliver trukket tilbage, og vi sletter den efter vores opbevaringsperiode.",
  "leave-group": "Du stopper i gruppen i dag, fordi vi ikke må have dig på deltagerlisten uden dit samtykke.",
  "keep-status": "Ansøgningen er allerede afsluttet. Vi noterer, at du har trukket samtykket tilbage, og sletter den efter opbevaringsperioden.",
  already: CONSENT_WITHDRAWN_TEXT,
} as const;

/**
 * A planned group's count as an applicant reads it on their own page: how many have had their intake
 * of the minimum the group needs to start (lib/groups/forming-rules.ts formingText says how many are
 * missing). Counts only, never who; whether the member is among them is theirs to know.
 */
export function ownFormingText(p: { counted: number; minimum: number; includesYou: boolean }): string {
  const you = p.includesYou ? " (du selv medregnet)" : "";
  if (p.counted === 0) return `Ingen har haft deres forsamtale endnu. Gruppen skal have mindst ${p.minimum} deltagere for at starte.`;
  if (p.counted >= p.minimum)
    return `${p.counted} har haft deres forsamtale${you}, og gruppen skal have mindst ${p.minimum} deltagere for at starte.`;
  return `${p.counted} af de ${p.minimum} deltagere, gruppen mindst skal have for at starte, har haft deres forsamtale${you}.`;
}
