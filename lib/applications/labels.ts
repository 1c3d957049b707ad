// Danish words for the application enums and the inbox's URL filters. Safe in the browser.
export const APPLICATION_STATUSES = ["RECEIVED", "ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"] as const;
export type ApplicationStatusValue = (typeof APPLICATION_STATUSES)[number];

export const DECLINE_REASONS = ["NOT_SUITABLE_FOR_GROUP", "GROUP_FULL", "BETTER_OFFER_ELSEWHERE", "NO_CONTACT", "OTHER_GROUP_OFFERED"] as const;
export type DeclineReasonValue = (typeof DECLINE_REASONS)[number];

export const applicationStatusLabel: Record<ApplicationStatusValue, string> = {
  RECEIVED: "Modtaget",
  ACCEPTED: "Optaget",
  WAITLISTED: "På venteliste",
  DECLINED: "Afslået",
  WITHDRAWN: "Trådt tilbage",
};

export const declineReasonLabel: Record<DeclineReasonValue, string> = {
  NOT_SUITABLE_FOR_GROUP: "Gruppen passer ikke til ansøgerens situation",
  GROUP_FULL: "Gruppen er fuld",
  BETTER_OFFER_ELSEWHERE: "Et andet tilbud passer bedre",
  NO_CONTACT: "Vi har ikke kunnet få kontakt",
  OTHER_GROUP_OFFERED: "Ansøgeren har fået plads i en anden gruppe",
};

/**
 * The inbox tabs (?status=…). "ny" and "afventer-samtale" are the same list: received applications
 * whose intake conversation has not been held yet (the dashboard links to ?status=ny).
 */
export const INBOX_FILTERS = ["ny", "afventer-beslutning", "ikke-bekraeftet", "venteliste", "optaget", "afslaaet", "traadt-tilbage", "alle"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export const inboxFilterLabel: Record<InboxFilter, string> = {
  ny: "Nye – mangler forsamtale",
  "afventer-beslutning": "Forsamtale holdt – afventer beslutning",
  "ikke-bekraeftet": "Ikke bekræftet af ansøgeren",
  venteliste: "Venteliste",
  optaget: "Optaget",
  afslaaet: "Afslået",
  "traadt-tilbage": "Trådt tilbage",
  alle: "Alle",
};

export function parseInboxFilter(value: string | string[] | undefined): InboxFilter {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === "afventer-samtale") return "ny";
  return (INBOX_FILTERS as readonly string[]).includes(v ?? "") ? (v as InboxFilter) : "ny";
}

export const APPLICATION_EVENT_KINDS = [
  "RECEIVED",
  "INTAKE",
  "ACCEPTED",
  "WAITLISTED",
  "DECLINED",
  "WITHDRAWN",
  "CONSENT_WITHDRAWN",
  "CONFIRMED",
] as const;
export type ApplicationEventKindValue = (typeof APPLICATION_EVENT_KINDS)[number];

/** An application's history as the coordinator reads it. */
export const applicationEventLabel: Record<ApplicationEventKindValue, string> = {
  RECEIVED: "Ansøgningen modtaget",
  INTAKE: "Forsamtale registreret",
  ACCEPTED: "Optaget i gruppen",
  WAITLISTED: "Sat på venteliste",
  DECLINED: "Afslået",
  WITHDRAWN: "Markeret som trådt tilbage",
  CONSENT_WITHDRAWN: "Samtykke trukket tilbage",
  CONFIRMED: "Bekræftet",
};
