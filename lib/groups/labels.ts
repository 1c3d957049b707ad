// Danish words for the group enums, and the URL slugs used by the public catalogue filters.
// Safe in the browser: no imports from the database client, only its plain enum values. Topics are
// records the administrators keep: lib/topics.

export const AGE_BANDS = ["CHILDREN", "YOUTH", "ADULTS", "ELDERLY"] as const;
export type AgeBandValue = (typeof AGE_BANDS)[number];

export const CADENCES = ["WEEKLY", "BIWEEKLY", "OTHER"] as const;
export type CadenceValue = (typeof CADENCES)[number];

export const GROUP_STATES = ["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING", "ENDED"] as const;
export type GroupStateValue = (typeof GROUP_STATES)[number];

export const ageBandLabel: Record<AgeBandValue, string> = {
  CHILDREN: "Børn",
  YOUTH: "Unge",
  ADULTS: "Voksne",
  ELDERLY: "Ældre",
};

export const ageBandSlug: Record<AgeBandValue, string> = {
  CHILDREN: "boern",
  YOUTH: "unge",
  ADULTS: "voksne",
  ELDERLY: "aeldre",
};

export const cadenceLabel: Record<CadenceValue, string> = {
  WEEKLY: "Hver uge",
  BIWEEKLY: "Hver anden uge",
  OTHER: "Efter aftale",
};

/** The state as the administrators call it. */
export const stateLabel: Record<GroupStateValue, string> = {
  PLANNED: "Under planlægning",
  STARTING: "Opstart",
  WITHDRAWING: "Igangsætterne trækker sig",
  SELF_RUNNING: "Selvkørende",
  ENDED: "Afsluttet",
};

/** The state in plain Danish for the public pages. */
export const statePublicLabel: Record<GroupStateValue, string> = {
  PLANNED: "Gruppen er under planlægning",
  STARTING: "Gruppen er i opstart med igangsættere",
  WITHDRAWING: "Igangsætterne er ved at trække sig",
  SELF_RUNNING: "Gruppen kører selv",
  ENDED: "Gruppen er afsluttet",
};

export const stateSlug: Record<GroupStateValue, string> = {
  PLANNED: "planlaegning",
  STARTING: "opstart",
  WITHDRAWING: "igangsaettere-traekker-sig",
  SELF_RUNNING: "koerer-selv",
  ENDED: "afsluttet",
};

/** ISO weekday 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const weekdayLabel: Record<number, string> = {
  1: "Mandag",
  2: "Tirsdag",
  3: "Onsdag",
  4: "Torsdag",
  5: "Fredag",
  6: "Lørdag",
  7: "Søndag",
};
export const weekdaySlug: Record<number, string> = {
  1: "mandag",
  2: "tirsdag",
  3: "onsdag",
  4: "torsdag",
  5: "fredag",
  6: "loerdag",
  7: "soendag",
};
