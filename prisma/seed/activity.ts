// Demo activity: who takes part in which group, applications in every status, and interest-list
// entries (enough people waiting for a loneliness group for young people to show demand).
import type { AgeBandValue } from "@/lib/groups/labels";
import type { TopicKey } from "@/lib/topics/topics";

export type SeedApplication = {
  key: string;
  member: string;
  group: string;
  status: "RECEIVED" | "ACCEPTED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";
  createdDaysAgo: number;
  intakeDaysAgo?: number;
  decidedDaysAgo?: number;
  declineReason?: "NOT_SUITABLE_FOR_GROUP" | "GROUP_FULL" | "BETTER_OFFER_ELSEWHERE" | "NO_CONTACT" | "OTHER_GROUP_OFFERED";
  consentWithdrawnDaysAgo?: number;
  message?: string;
};

export const CONSENT_VERSION = "2026-11";

export const seedApplications: SeedApplication[] = [
  {
    key: "karen-sorg",
    member: "karen",
    group: "sorggruppe-for-voksne",
    status: "ACCEPTED",
    createdDaysAgo: 60,
    intakeDaysAgo: 50,
    decidedDaysAgo: 45,
  },
  { key: "ole-sorg", member: "ole", group: "sorggruppe-for-voksne", status: "ACCEPTED", createdDaysAgo: 58, intakeDaysAgo: 48, decidedDaysAgo: 44 },
  {
    key: "susanne-sorg",
    member: "susanne",
    group: "sorggruppe-for-voksne",
    status: "ACCEPTED",
    createdDaysAgo: 48,
    intakeDaysAgo: 44,
    decidedDaysAgo: 43,
  },
  {
    key: "henrik-sorg",
    member: "henrik",
    group: "sorggruppe-for-voksne",
    status: "RECEIVED",
    createdDaysAgo: 9,
    intakeDaysAgo: 3,
    message: "Jeg mistede min kone i foråret og vil gerne tale med andre i samme situation.",
  },
  { key: "poul-ensomhed", member: "poul", group: "faellesskab-mod-ensomhed", status: "RECEIVED", createdDaysAgo: 4 },
  {
    key: "inge-demens",
    member: "inge",
    group: "paaroerende-til-en-med-demens",
    status: "ACCEPTED",
    createdDaysAgo: 135,
    intakeDaysAgo: 131,
    decidedDaysAgo: 129,
  },
  {
    key: "niels-demens",
    member: "niels",
    group: "paaroerende-til-en-med-demens",
    status: "ACCEPTED",
    createdDaysAgo: 134,
    intakeDaysAgo: 130,
    decidedDaysAgo: 129,
  },
  { key: "lone-kraeft", member: "lone", group: "livet-med-kraeft", status: "ACCEPTED", createdDaysAgo: 40, intakeDaysAgo: 35, decidedDaysAgo: 33 },
  { key: "emma-unge", member: "emma", group: "unge-paaroerende", status: "ACCEPTED", createdDaysAgo: 94, intakeDaysAgo: 70, decidedDaysAgo: 65 },
  { key: "freja-unge", member: "freja", group: "unge-paaroerende", status: "ACCEPTED", createdDaysAgo: 92, intakeDaysAgo: 70, decidedDaysAgo: 65 },
  {
    key: "alberte-unge",
    member: "alberte",
    group: "unge-paaroerende",
    status: "WAITLISTED",
    createdDaysAgo: 12,
    intakeDaysAgo: 6,
    decidedDaysAgo: 5,
  },
  {
    key: "bente-aegtefaelle",
    member: "bente",
    group: "at-miste-sin-aegtefaelle",
    status: "DECLINED",
    createdDaysAgo: 30,
    decidedDaysAgo: 25,
    declineReason: "GROUP_FULL",
  },
  {
    key: "kirsten-ressourcer",
    member: "kirsten",
    group: "find-dine-egne-ressourcer",
    status: "WITHDRAWN",
    createdDaysAgo: 20,
    decidedDaysAgo: 15,
    consentWithdrawnDaysAgo: 15,
  },
];

export type SeedParticipation = { member: string; group: string; joinedDaysAgo: number; leftDaysAgo?: number; application?: string };

export const seedParticipations: SeedParticipation[] = [
  { member: "karen", group: "sorggruppe-for-voksne", joinedDaysAgo: 42, application: "karen-sorg" },
  { member: "ole", group: "sorggruppe-for-voksne", joinedDaysAgo: 42, application: "ole-sorg" },
  { member: "susanne", group: "sorggruppe-for-voksne", joinedDaysAgo: 42, application: "susanne-sorg" },
  { member: "inge", group: "paaroerende-til-en-med-demens", joinedDaysAgo: 126, application: "inge-demens" },
  { member: "niels", group: "paaroerende-til-en-med-demens", joinedDaysAgo: 126, application: "niels-demens" },
  { member: "kirsten", group: "paaroerende-til-en-med-demens", joinedDaysAgo: 126 },
  { member: "jens", group: "paaroerende-til-en-med-demens", joinedDaysAgo: 126 },
  { member: "bente", group: "paaroerende-til-en-med-demens", joinedDaysAgo: 112 },
  { member: "grethe", group: "at-miste-sin-aegtefaelle", joinedDaysAgo: 360 },
  { member: "poul", group: "at-miste-sin-aegtefaelle", joinedDaysAgo: 360 },
  { member: "emma", group: "unge-paaroerende", joinedDaysAgo: 56, application: "emma-unge" },
  { member: "freja", group: "unge-paaroerende", joinedDaysAgo: 56, application: "freja-unge" },
  { member: "oliver", group: "unge-paaroerende", joinedDaysAgo: 56 },
  { member: "mikkel", group: "unge-paaroerende", joinedDaysAgo: 56 },
  { member: "sofie", group: "unge-paaroerende", joinedDaysAgo: 49 },
  { member: "ida", group: "unge-paaroerende", joinedDaysAgo: 49 },
  { member: "lone", group: "livet-med-kraeft", joinedDaysAgo: 28, application: "lone-kraeft" },
  { member: "erik", group: "kroniske-smerter", joinedDaysAgo: 640, leftDaysAgo: 70 },
];

/** The participant who is the group's contact person (readiness check before withdrawal). */
export const seedContacts: Record<string, string> = { "paaroerende-til-en-med-demens": "inge" };

export type SeedInterest = {
  key: string;
  name: string;
  email: string;
  /** One of the topics the migration made (prisma/migrations/*_topics_as_data). */
  topic: TopicKey;
  ageBand: AgeBandValue;
  createdDaysAgo: number;
  handledDaysAgo?: number;
};

export const seedInterests: SeedInterest[] = [
  { key: "ensom-unge-1", name: "Laura Skov", email: "laura.skov@eksempel.dk", topic: "LONELINESS", ageBand: "YOUTH", createdDaysAgo: 150 },
  { key: "ensom-unge-2", name: "Noah Krogh", email: "noah.krogh@eksempel.dk", topic: "LONELINESS", ageBand: "YOUTH", createdDaysAgo: 90 },
  { key: "ensom-unge-3", name: "Clara Friis", email: "clara.friis@eksempel.dk", topic: "LONELINESS", ageBand: "YOUTH", createdDaysAgo: 41 },
  { key: "ensom-unge-4", name: "William Bach", email: "william.bach@eksempel.dk", topic: "LONELINESS", ageBand: "YOUTH", createdDaysAgo: 17 },
  {
    key: "ensom-unge-5",
    name: "Josefine Lauridsen",
    email: "josefine.lauridsen@eksempel.dk",
    topic: "LONELINESS",
    ageBand: "YOUTH",
    createdDaysAgo: 3,
  },
  {
    key: "motion-unge-1",
    name: "Magnus Eriksen",
    email: "magnus.eriksen@eksempel.dk",
    topic: "PHYSICAL_ACTIVITY",
    ageBand: "YOUTH",
    createdDaysAgo: 33,
  },
  { key: "motion-unge-2", name: "Asta Holm", email: "asta.holm@eksempel.dk", topic: "PHYSICAL_ACTIVITY", ageBand: "YOUTH", createdDaysAgo: 8 },
  { key: "sygdom-boern-1", name: "Camilla Juhl", email: "camilla.juhl@eksempel.dk", topic: "ILLNESS", ageBand: "CHILDREN", createdDaysAgo: 21 },
  {
    key: "skilsmisse-aeldre-1",
    name: "Arne Toft",
    email: "arne.toft@eksempel.dk",
    topic: "DIVORCE",
    ageBand: "ELDERLY",
    createdDaysAgo: 120,
    handledDaysAgo: 100,
  },
];
