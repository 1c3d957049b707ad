// Demo groups in Herning. Together they cover every topic, age band and lifecycle state. `path` is the
// lifecycle the group went through (with days ago for each step); facilitator assignments and meetings
// follow it: STARTING/WITHDRAWING groups have active facilitators, SELF_RUNNING and ENDED groups have
// none left, and groups for children and youth never go self-running.
import type { AgeBandValue, CadenceValue, GroupStateValue } from "@/lib/groups/labels";
import type { TopicKey } from "@/lib/topics/topics";

/** The venues the demo groups meet at; the organisation's own premises is the default. */
export const seedVenues = [
  {
    id: "seed-venue-fredensgade",
    name: "Selvhjælp Herning",
    address: "Fredensgade 14",
    postcode: "7400",
    town: "Herning",
    directions: "Indgangen er fra gaden. Mødelokalerne ligger i stueetagen.",
    stepFreeAccess: true,
    accessibleToilet: true,
    hearingLoop: false,
    parking: true,
    publicTransport: true,
  },
  {
    id: "seed-venue-fuglsang",
    name: "Fuglsang Sø",
    address: "Fuglsang Sø",
    postcode: "7400",
    town: "Herning",
    directions: "Parkeringspladsen ved søen. Stierne rundt om søen er grus og jord.",
    stepFreeAccess: false,
    accessibleToilet: false,
    hearingLoop: false,
    parking: true,
    publicTransport: false,
  },
] as const;
export type SeedVenueId = (typeof seedVenues)[number]["id"];
export const DEFAULT_VENUE: SeedVenueId = "seed-venue-fredensgade";

export type SeedAssignment = { facilitator: string; assignedDaysAgo: number; withdrawnDaysAgo?: number };

export type SeedMeeting = [daysAgo: number, facilitators: string[]];

export type SeedGroup = {
  slug: string;
  name: string;
  /** One of the topics the migration made (prisma/migrations/*_topics_as_data). */
  topic: TopicKey;
  ageBand: AgeBandValue;
  description: string;
  cadence: CadenceValue;
  weekday: number | null;
  startTime: string | null;
  durationMinutes?: number;
  /** Where: the default venue, in person, unless said otherwise. */
  venue?: SeedVenueId;
  format?: "IN_PERSON" | "OUTDOORS";
  meetingPoint?: string;
  capacity: number;
  openForNewcomers: boolean;
  /** The states the group went through, each with how many days ago it entered it. */
  path: Array<[GroupStateValue, number]>;
  endReason?: string;
  /** Decisions the group made itself (kind DECISION in the history). */
  decisions?: Array<[string, number]>;
  assignments?: SeedAssignment[];
  /** Meetings held: days ago and the facilitators (by key) who took part, oldest first. */
  meetings?: SeedMeeting[];
  readiness?: boolean;
};

export const seedGroups: SeedGroup[] = [
  {
    slug: "sorggruppe-for-voksne",
    name: "Sorggruppe for voksne",
    topic: "GRIEF",
    ageBand: "ADULTS",
    description:
      "For dig, der har mistet en ægtefælle, en partner, et barn eller en anden nær. Vi mødes for at dele erfaringer med at leve videre med savnet – i dit eget tempo og med respekt for, at sorg er forskellig.",
    cadence: "BIWEEKLY",
    weekday: 2,
    startTime: "19:00",
    capacity: 8,
    openForNewcomers: true,
    path: [
      ["PLANNED", 90],
      ["STARTING", 42],
    ],
    assignments: [
      { facilitator: "hanne", assignedDaysAgo: 60 },
      { facilitator: "peter", assignedDaysAgo: 60 },
    ],
    meetings: [
      [33, ["hanne", "peter"]],
      [19, ["hanne", "peter"]],
      [5, ["hanne", "peter"]],
    ],
  },
  {
    slug: "at-miste-sin-aegtefaelle",
    name: "At miste sin ægtefælle – for ældre",
    topic: "GRIEF",
    ageBand: "ELDERLY",
    description:
      "En gruppe for ældre, der har mistet deres ægtefælle. Vi taler om hverdagen alene, om minderne og om at finde nye fællesskaber. Kaffen er altid klar.",
    cadence: "BIWEEKLY",
    weekday: 3,
    startTime: "10:00",
    capacity: 8,
    openForNewcomers: false,
    path: [
      ["PLANNED", 400],
      ["STARTING", 360],
      ["WITHDRAWING", 250],
      ["SELF_RUNNING", 200],
    ],
    decisions: [["Gruppen tager ikke nye deltagere ind lige nu", 60]],
    assignments: [
      { facilitator: "birgitte", assignedDaysAgo: 370, withdrawnDaysAgo: 200 },
      { facilitator: "joergen", assignedDaysAgo: 370, withdrawnDaysAgo: 230 },
    ],
    meetings: [
      [340, ["birgitte", "joergen"]],
      [260, ["birgitte", "joergen"]],
      [240, ["birgitte"]],
      [21, []],
      [7, []],
    ],
  },
  {
    slug: "boern-der-har-mistet",
    name: "Børnegruppe: Når mor eller far er død",
    topic: "GRIEF",
    ageBand: "CHILDREN",
    description:
      "For børn mellem 8 og 12 år, der har mistet en forælder. Vi leger, tegner og taler sammen om det, der er svært. Forældre får en samtale med igangsætterne, før barnet begynder.",
    cadence: "BIWEEKLY",
    weekday: 1,
    startTime: "16:00",
    durationMinutes: 90,
    capacity: 6,
    openForNewcomers: true,
    path: [
      ["PLANNED", 80],
      ["STARTING", 35],
    ],
    assignments: [
      { facilitator: "birgitte", assignedDaysAgo: 70 },
      { facilitator: "lars", assignedDaysAgo: 70 },
    ],
    meetings: [
      [31, ["birgitte", "lars"]],
      [17, ["birgitte", "lars"]],
      [3, ["birgitte", "lars"]],
    ],
  },
  {
    slug: "unge-paaroerende",
    name: "Unge pårørende til psykisk syge",
    topic: "RELATIVES",
    ageBand: "YOUTH",
    description:
      "For unge mellem 15 og 24 år, der har en mor, far eller søskende med psykisk sygdom. Her møder du andre, der kender til at stå ved siden af, og som forstår uden lange forklaringer.",
    cadence: "WEEKLY",
    weekday: 4,
    startTime: "17:00",
    capacity: 6,
    openForNewcomers: true,
    path: [
      ["PLANNED", 100],
      ["STARTING", 56],
    ],
    assignments: [{ facilitator: "birgitte", assignedDaysAgo: 90 }],
    meetings: [44, 37, 30, 23, 16, 9, 2].map((d): SeedMeeting => [d, ["birgitte"]]),
  },
  {
    slug: "paaroerende-til-en-med-demens",
    name: "Pårørende til en med demens",
    topic: "RELATIVES",
    ageBand: "ADULTS",
    description:
      "For dig, der er ægtefælle, barn eller nær pårørende til en med demens. Vi deler erfaringer med at passe på den anden – og på os selv.",
    cadence: "BIWEEKLY",
    weekday: 2,
    startTime: "13:00",
    capacity: 8,
    openForNewcomers: true,
    path: [
      ["PLANNED", 160],
      ["STARTING", 126],
      ["WITHDRAWING", 26],
    ],
    assignments: [
      { facilitator: "hanne", assignedDaysAgo: 140 },
      { facilitator: "lars", assignedDaysAgo: 140 },
    ],
    meetings: [...[117, 103, 89, 75, 61, 47, 33].map((d): SeedMeeting => [d, ["hanne", "lars"]]), [19, ["hanne"]], [5, ["lars"]]],
    readiness: true,
  },
  {
    slug: "livet-med-kraeft",
    name: "Livet med kræft",
    topic: "ILLNESS",
    ageBand: "ADULTS",
    description: "For dig, der har eller har haft kræft. Vi taler om angsten, trætheden, arbejdet og familien – og om det, der giver håb og mod.",
    cadence: "BIWEEKLY",
    weekday: 3,
    startTime: "19:00",
    capacity: 7,
    openForNewcomers: true,
    path: [
      ["PLANNED", 70],
      ["STARTING", 28],
    ],
    assignments: [{ facilitator: "peter", assignedDaysAgo: 50 }],
    meetings: [
      [20, ["peter"]],
      [6, ["peter"]],
    ],
  },
  {
    slug: "kroniske-smerter",
    name: "At leve med kroniske smerter",
    topic: "ILLNESS",
    ageBand: "ADULTS",
    description:
      "En gruppe for voksne, der lever med smerter hver dag. Vi deler gode og dårlige dage, og hvad der hjælper os med at holde fast i et godt liv.",
    cadence: "WEEKLY",
    weekday: 1,
    startTime: "19:00",
    capacity: 8,
    openForNewcomers: false,
    path: [
      ["PLANNED", 700],
      ["STARTING", 650],
      ["WITHDRAWING", 560],
      ["SELF_RUNNING", 520],
    ],
    decisions: [["Gruppen er fuldtallig og tager ikke nye deltagere", 300]],
    assignments: [
      { facilitator: "hanne", assignedDaysAgo: 660, withdrawnDaysAgo: 520 },
      { facilitator: "joergen", assignedDaysAgo: 660, withdrawnDaysAgo: 540 },
    ],
    meetings: [
      [640, ["hanne", "joergen"]],
      [550, ["hanne"]],
      [4, []],
    ],
  },
  {
    slug: "faellesskab-mod-ensomhed",
    name: "Fællesskab mod ensomhed – for ældre",
    topic: "LONELINESS",
    ageBand: "ELDERLY",
    description:
      "For dig, der savner nogen at tale med. Vi mødes over en kop kaffe og lærer hinanden at kende. Gruppen er under planlægning, og du er velkommen til at melde dig.",
    cadence: "WEEKLY",
    weekday: 4,
    startTime: "10:00",
    capacity: 8,
    openForNewcomers: true,
    path: [["PLANNED", 20]],
  },
  {
    slug: "ung-og-ensom",
    name: "Ung og ensom",
    topic: "LONELINESS",
    ageBand: "YOUTH",
    description: "For unge mellem 16 og 24 år, der føler sig alene. Gruppen er afsluttet, men vi vil gerne starte en ny.",
    cadence: "BIWEEKLY",
    weekday: 3,
    startTime: "17:30",
    capacity: 7,
    openForNewcomers: false,
    path: [
      ["PLANNED", 300],
      ["STARTING", 270],
      ["ENDED", 200],
    ],
    endReason: "For få deltagere til at fortsætte",
    assignments: [{ facilitator: "anders", assignedDaysAgo: 280, withdrawnDaysAgo: 200 }],
    meetings: [
      [265, ["anders"]],
      [251, ["anders"]],
      [237, ["anders"]],
    ],
  },
  {
    slug: "find-dine-egne-ressourcer",
    name: "Find dine egne ressourcer",
    topic: "SELF_DEVELOPMENT",
    ageBand: "ADULTS",
    description:
      "For voksne, der står ved en skillevej eller vil lære sig selv bedre at kende. Vi hjælper hinanden med at få øje på det, vi er gode til, og med at tage de næste skridt.",
    cadence: "WEEKLY",
    weekday: 4,
    startTime: "19:00",
    capacity: 8,
    openForNewcomers: true,
    path: [
      ["PLANNED", 330],
      ["STARTING", 300],
      ["WITHDRAWING", 220],
      ["SELF_RUNNING", 180],
    ],
    assignments: [{ facilitator: "peter", assignedDaysAgo: 310, withdrawnDaysAgo: 180 }],
    meetings: [
      [290, ["peter"]],
      [210, ["peter"]],
      [2, []],
    ],
  },
  {
    slug: "unge-mig-og-mine-valg",
    name: "Mig og mine valg – for unge",
    topic: "SELF_DEVELOPMENT",
    ageBand: "YOUTH",
    description:
      "For unge, der vil tale om uddannelse, venskaber, forventninger og om at finde sin egen vej. Dag og tidspunkt aftales med deltagerne.",
    cadence: "BIWEEKLY",
    weekday: null,
    startTime: null,
    capacity: 7,
    openForNewcomers: true,
    path: [["PLANNED", 10]],
  },
  {
    slug: "efter-skilsmissen",
    name: "Efter skilsmissen",
    topic: "DIVORCE",
    ageBand: "ADULTS",
    description:
      "For dig, der er gået fra hinanden og skal finde fodfæste igen – som forælder, som ven og som dig selv. Vi taler om det praktiske og om det, der gør ondt.",
    cadence: "BIWEEKLY",
    weekday: 2,
    startTime: "19:00",
    capacity: 8,
    openForNewcomers: true,
    path: [
      ["PLANNED", 260],
      ["STARTING", 230],
      ["WITHDRAWING", 150],
      ["SELF_RUNNING", 120],
    ],
    assignments: [{ facilitator: "anders", assignedDaysAgo: 240, withdrawnDaysAgo: 120 }],
    meetings: [
      [226, ["anders"]],
      [140, ["anders"]],
      [5, []],
    ],
  },
  {
    slug: "boern-med-skilte-foraeldre",
    name: "Børn med skilte forældre",
    topic: "DIVORCE",
    ageBand: "CHILDREN",
    description:
      "For børn mellem 9 og 13 år, hvis forældre er blevet skilt. En tryg gruppe, hvor man kan sige det, man ellers holder for sig selv. Vi søger igangsættere til gruppen.",
    cadence: "BIWEEKLY",
    weekday: 3,
    startTime: "15:30",
    durationMinutes: 90,
    capacity: 6,
    openForNewcomers: true,
    path: [["PLANNED", 30]],
  },
  {
    slug: "gaa-og-snak",
    name: "Gå og snak ved Fuglsang Sø",
    topic: "PHYSICAL_ACTIVITY",
    ageBand: "ELDERLY",
    description: "Vi går en tur i roligt tempo og taler undervejs. For dig, der har det bedre, når kroppen er i bevægelse – og som savner selskab.",
    cadence: "WEEKLY",
    weekday: 6,
    startTime: "10:00",
    durationMinutes: 90,
    format: "OUTDOORS",
    meetingPoint: "Ved parkeringspladsen",
    venue: "seed-venue-fuglsang",
    capacity: 8,
    openForNewcomers: true,
    path: [
      ["PLANNED", 500],
      ["STARTING", 470],
      ["WITHDRAWING", 400],
      ["SELF_RUNNING", 380],
    ],
    assignments: [{ facilitator: "anders", assignedDaysAgo: 480, withdrawnDaysAgo: 380 }],
    meetings: [
      [468, ["anders"]],
      [390, ["anders"]],
      [1, []],
    ],
  },
  {
    slug: "motion-efter-sygdom",
    name: "Motion efter sygdom",
    topic: "PHYSICAL_ACTIVITY",
    ageBand: "ADULTS",
    description: "For voksne, der vil i gang med at bevæge sig igen efter en sygdom. Gruppen er afsluttet.",
    cadence: "WEEKLY",
    weekday: 5,
    startTime: "10:00",
    capacity: 8,
    openForNewcomers: false,
    path: [
      ["PLANNED", 900],
      ["STARTING", 860],
      ["WITHDRAWING", 780],
      ["SELF_RUNNING", 750],
      ["ENDED", 60],
    ],
    endReason: "Deltagerne besluttede selv at slutte efter to gode år",
    assignments: [
      { facilitator: "hanne", assignedDaysAgo: 870, withdrawnDaysAgo: 750 },
      { facilitator: "joergen", assignedDaysAgo: 870, withdrawnDaysAgo: 760 },
    ],
    meetings: [
      [850, ["hanne", "joergen"]],
      [770, ["hanne"]],
      [70, []],
    ],
  },
  {
    slug: "unge-i-sorg",
    name: "Unge i sorg",
    topic: "GRIEF",
    ageBand: "YOUTH",
    description: "For unge mellem 15 og 24 år, der har mistet en forælder, en søskende eller en ven. Gruppen starter, når vi er mindst fire.",
    cadence: "BIWEEKLY",
    weekday: 1,
    startTime: "17:00",
    capacity: 7,
    openForNewcomers: true,
    path: [["PLANNED", 40]],
    assignments: [{ facilitator: "anders", assignedDaysAgo: 25 }],
  },
];
