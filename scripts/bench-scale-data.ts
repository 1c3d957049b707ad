// `npm run bench -- --scale` fills a throwaway, migrated and seeded SQLite database with a national-sized
// organisation before it measures: `tsx scripts/bench-scale-data.ts <file> <groups> <members> <auditEvents>`.
// Rows go in through better-sqlite3 prepared statements inside one transaction per table (SQLite's fast
// path: a million rows in seconds); the search columns come from lib/groups/search.ts like the app's own
// write path. Deterministic (a fixed pseudo-random sequence), so two runs make the same data.
import { scryptSync, randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { groupSearchColumns } from "@/lib/groups/search";

const [file, groupArg, memberArg, auditArg] = process.argv.slice(2);
const GROUPS = Number(groupArg);
const MEMBERS = Number(memberArg);
const AUDIT_EVENTS = Number(auditArg);
if (!file || !(GROUPS > 0) || !(MEMBERS > 0) || !(AUDIT_EVENTS >= 0)) {
  console.error("Usage: tsx scripts/bench-scale-data.ts <file> <groups> <members> <auditEvents>");
  process.exit(2);
}

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
  let r = random() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of pairs) if ((r -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
};
const DAY = 86_400_000;
const NOW = Date.now();
/** The adapter's DateTime text (ISO with +00:00), so the app compares and reads these rows like its own. */
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const day = (ms: number) => iso(Math.floor(ms / DAY) * DAY);
const id = (prefix: string, i: number) => `${prefix}${i.toString(36).padStart(6, "0")}`;

const TOPICS = ["GRIEF", "ILLNESS", "RELATIVES", "LONELINESS", "SELF_DEVELOPMENT", "DIVORCE", "PHYSICAL_ACTIVITY"] as const;
const TOPIC_WORDS: Record<(typeof TOPICS)[number], string[]> = {
  GRIEF: ["Sorggruppe", "Efter tabet", "At miste", "Sorg og savn"],
  ILLNESS: ["Livet med kræft", "Kroniske smerter", "Efter hjerneskaden", "Angst og uro"],
  RELATIVES: ["Pårørende til demente", "Unge pårørende", "Pårørende til psykisk syge"],
  LONELINESS: ["Fællesskab mod ensomhed", "Ung og ensom", "Kaffe og samtale"],
  SELF_DEVELOPMENT: ["Find dine ressourcer", "Mig og mine valg", "Nye veje"],
  DIVORCE: ["Efter skilsmissen", "Børn med skilte forældre", "Brud og nye begyndelser"],
  PHYSICAL_ACTIVITY: ["Gå og snak", "Motion efter sygdom", "Ud i naturen"],
};
const AGE_BANDS = [
  ["ADULTS", 50],
  ["ELDERLY", 20],
  ["YOUTH", 20],
  ["CHILDREN", 10],
] as const;
const AGE_WORDS = { ADULTS: "for voksne", ELDERLY: "for ældre", YOUTH: "for unge", CHILDREN: "for børn" } as const;
const TOWNS = [
  "Herning",
  "Århus",
  "Aalborg",
  "Odense",
  "Esbjerg",
  "Næstved",
  "Køge",
  "Holstebro",
  "Ærøskøbing",
  "Rønne",
  "Silkeborg",
  "Vejle",
  "Hillerød",
  "Sønderborg",
];
const FILLER =
  "Vi mødes for at dele erfaringer i et trygt rum med tavshedspligt. Gruppen bygger på gensidighed, ligeværd og anerkendelse, og du deler kun det, du selv har lyst til. Vi drikker en kop kaffe og taler om det, der fylder i hverdagen.".split(
    " ",
  );
const STATES = [
  ["PLANNED", 15],
  ["STARTING", 25],
  ["WITHDRAWING", 15],
  ["SELF_RUNNING", 30],
  ["ENDED", 15],
] as const;
const PATH = ["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING"] as const;
const FIRST = [
  "Anne",
  "Søren",
  "Mette",
  "Jørgen",
  "Åse",
  "Ole",
  "Kirsten",
  "Bjørn",
  "Lise",
  "Mads",
  "Ærlig",
  "Hanne",
  "Peter",
  "Birthe",
  "Niels",
  "Sofie",
];
const LAST = ["Hansen", "Sørensen", "Østergaard", "Nielsen", "Jensen", "Ærø", "Kjær", "Holm", "Lund", "Møller", "Dahl", "Bæk", "Åberg", "Mikkelsen"];

const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
const started = Date.now();
const rows: Record<string, number> = {};

/** Inserts `count` rows into `table` in one transaction, each made by `make(i)` (column → value). */
function fill(table: string, count: number, make: (i: number) => Record<string, unknown> | null) {
  let insert: Database.Statement | null = null;
  let columns: string[] = [];
  let written = 0;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const row = make(i);
      if (!row) continue;
      if (!insert) {
        columns = Object.keys(row);
        insert = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      }
      insert.run(...columns.map((c) => row[c] as never));
      written++;
    }
  })();
  rows[table] = (rows[table] ?? 0) + written;
}

// Staff: one administrator for the bench to sign in with (password from BENCH_ADMIN_PASSWORD), and
// one facilitator per five groups.
const password = process.env.BENCH_ADMIN_PASSWORD ?? "bench-admin";
const salt = randomBytes(16);
const hash = [
  "scrypt",
  2 ** 14,
  8,
  1,
  salt.toString("base64"),
  scryptSync(password.normalize("NFKC"), salt, 64, { N: 2 ** 14, r: 8, p: 1 }).toString("base64"),
].join("$");
fill("User", 1, () => ({
  id: "bench-admin",
  email: "bench-admin@eksempel.dk",
  name: "Bench Admin",
  passwordHash: hash,
  role: "ADMIN",
  active: 1,
  createdAt: iso(NOW),
  updatedAt: iso(NOW),
}));
const FACILITATORS = Math.max(10, Math.floor(GROUPS / 5));
fill("User", FACILITATORS, (i) => ({
  id: id("bu", i),
  email: `igangsaetter-${i}@eksempel.dk`,
  name: `${pick(FIRST)} ${pick(LAST)}`,
  role: "FACILITATOR",
  active: 1,
  createdAt: iso(NOW - 900 * DAY),
  updatedAt: iso(NOW),
}));
fill("Facilitator", FACILITATORS, (i) => ({
  id: id("bf", i),
  userId: id("bu", i),
  courseCompletedAt: iso(NOW - (100 + (i % 900)) * DAY),
  active: 1,
  createdAt: iso(NOW - 900 * DAY),
  updatedAt: iso(NOW),
}));

// One venue per town, and groups that meet there.
fill("Venue", TOWNS.length, (i) => ({
  id: id("bv", i),
  name: `Mødestedet i ${TOWNS[i]}`,
  address: `Fredensgade ${1 + i}`,
  postcode: String(7400 + i),
  town: TOWNS[i],
  createdAt: iso(NOW - 900 * DAY),
  updatedAt: iso(NOW),
}));

// Groups with their history, facilitators and meetings.
type G = { state: (typeof STATES)[number][0]; createdAt: number; running: boolean };
const groups: G[] = [];
fill("Group", GROUPS, (i) => {
  const topic = pick(TOPICS);
  const ageBand = weighted(AGE_BANDS);
  const state = weighted(STATES);
  const createdAt = NOW - Math.floor(random() * 1500) * DAY;
  const townIndex = Math.floor(random() * TOWNS.length);
  const town = TOWNS[townIndex];
  const name = `${pick(TOPIC_WORDS[topic])} ${AGE_WORDS[ageBand]} i ${town} ${i + 1}`;
  const description = Array.from({ length: 30 }, () => pick(FILLER)).join(" ");
  const place = `Mødestedet i ${town} Fredensgade ${1 + townIndex} ${7400 + townIndex} ${town}`;
  groups.push({ state, createdAt, running: state === "STARTING" || state === "WITHDRAWING" || state === "SELF_RUNNING" });
  return {
    id: id("bg", i),
    slug: `bench-gruppe-${i + 1}`,
    name,
    topic,
    ageBand,
    description,
    cadence: pick(["WEEKLY", "BIWEEKLY", "BIWEEKLY", "OTHER"]),
    weekday: 1 + (i % 7),
    startTime: pick(["10:00", "16:30", "19:00"]),
    durationMinutes: 120,
    venueId: id("bv", townIndex),
    ...groupSearchColumns({ name, description, place }),
    capacity: 8,
    openForNewcomers: state === "ENDED" ? 0 : random() < 0.8 ? 1 : 0,
    state,
    startDate: state === "PLANNED" ? null : iso(createdAt + 30 * DAY),
    endedAt: state === "ENDED" ? iso(createdAt + 400 * DAY) : null,
    endReason: state === "ENDED" ? "Gruppen har afsluttet sit forløb" : null,
    rhythmAgreed: 0,
    groundRulesAgreed: 0,
    createdAt: iso(createdAt),
    updatedAt: iso(NOW),
  };
});
let change = 0;
db.transaction(() => {
  const insert = db.prepare(
    `INSERT INTO "GroupStateChange" ("id", "groupId", "kind", "fromState", "toState", "reason", "actorUserId", "createdAt") VALUES (?, ?, 'STATE', ?, ?, ?, 'bench-admin', ?)`,
  );
  groups.forEach((g, i) => {
    const steps: (string | null)[] = [null, "PLANNED"];
    if (g.state !== "PLANNED")
      for (const s of PATH.slice(1, g.state === "ENDED" ? 1 + Math.floor(random() * 3) : PATH.indexOf(g.state as never) + 1)) steps.push(s);
    if (g.state === "ENDED") steps.push("ENDED");
    for (let k = 1; k < steps.length; k++)
      insert.run(
        id("bc", change++),
        id("bg", i),
        steps[k - 1],
        steps[k],
        k === 1 ? "Gruppen blev oprettet" : null,
        iso(g.createdAt + (k - 1) * 60 * DAY),
      );
  });
})();
rows.GroupStateChange = change;
fill("FacilitatorAssignment", GROUPS, (i) => {
  const g = groups[i];
  return {
    id: id("ba", i),
    groupId: id("bg", i),
    facilitatorId: id("bf", i % FACILITATORS),
    assignedAt: iso(g.createdAt),
    withdrawnAt: g.state === "SELF_RUNNING" || g.state === "ENDED" ? iso(g.createdAt + 200 * DAY) : null,
  };
});
const MEETINGS_PER_RUNNING_GROUP = 20;
fill("Meeting", GROUPS * MEETINGS_PER_RUNNING_GROUP, (i) => {
  const g = groups[i % GROUPS];
  if (!g.running && g.state !== "ENDED") return null;
  const k = Math.floor(i / GROUPS);
  return {
    id: id("bm", i),
    groupId: id("bg", i % GROUPS),
    heldOn: day(Math.min(NOW, g.createdAt + 30 * DAY + k * 14 * DAY)),
    participantsPresent: 3 + (i % 5),
    recordedByUserId: "bench-admin",
    createdAt: iso(NOW),
  };
});

// Members, their memberships and payments. Paid periods end across the coming year, so about one in
// twelve ends within the 30-day reminder window (thousands at the large size: past SQLite's bind limit).
fill("Member", MEMBERS, (i) => ({
  id: id("bp", i),
  name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
  email: `medlem-${i}@eksempel.dk`,
  phone: random() < 0.7 ? `${20 + (i % 70)} ${String(i % 100).padStart(2, "0")} 00 00` : null,
  postcode: String(1000 + (i % 8900)),
  birthYear: 1940 + (i % 70),
  awaitsConfirmation: 0,
  consentAt: iso(NOW - (i % 700) * DAY),
  consentVersion: "bench",
  createdAt: iso(NOW - (i % 700) * DAY),
  updatedAt: iso(NOW),
}));
const membershipStatus: string[] = [];
fill("Membership", MEMBERS, (i) => {
  const status = weighted([
    ["PAID", 60],
    ["PENDING_PAYMENT", 15],
    ["WAIVED", 10],
    ["EXPIRED", 15],
  ] as const);
  membershipStatus.push(status);
  const end = status === "EXPIRED" ? NOW - (1 + (i % 300)) * DAY : NOW + (i % 365) * DAY;
  return {
    id: id("bs", i),
    memberId: id("bp", i),
    periodStart: status === "PENDING_PAYMENT" ? null : day(end - 365 * DAY),
    periodEnd: status === "PENDING_PAYMENT" ? null : day(end),
    feeOre: status === "WAIVED" ? 0 : 10000,
    status,
    createdAt: iso(NOW - (i % 700) * DAY),
    updatedAt: iso(NOW),
  };
});
fill("Payment", MEMBERS, (i) =>
  membershipStatus[i] === "PAID"
    ? {
        id: id("bq", i),
        membershipId: id("bs", i),
        amountOre: 10000,
        method: pick(["MOBILEPAY", "BANK_TRANSFER", "CASH"]),
        paidOn: day(NOW - (i % 365) * DAY),
        recordedByUserId: "bench-admin",
        createdAt: iso(NOW),
      }
    : null,
);

// Applications (about 1.2 per member), one event each, and a participation for every accepted one while
// the group has a seat.
const seats = new Array<number>(GROUPS).fill(0);
const accepted: { app: number; group: number; member: number; left: boolean }[] = [];
const APPLICATIONS = Math.floor(MEMBERS * 1.2);
fill("Application", APPLICATIONS, (i) => {
  const group = Math.floor(random() * GROUPS);
  const member = i % MEMBERS;
  let status = weighted([
    ["RECEIVED", 10],
    ["WAITLISTED", 5],
    ["ACCEPTED", 60],
    ["DECLINED", 15],
    ["WITHDRAWN", 10],
  ] as const) as string;
  const left = random() < 0.4;
  if (status === "ACCEPTED") {
    if (!left && seats[group] >= 8) status = "WAITLISTED";
    else {
      if (!left) seats[group]++;
      accepted.push({ app: i, group, member, left });
    }
  }
  const at = iso(NOW - (i % 700) * DAY);
  return {
    id: id("br", i),
    groupId: id("bg", group),
    memberId: id("bp", member),
    message: null,
    awaitsConfirmation: 0,
    consentConfidentialityAt: at,
    consentConfidentialityVersion: "bench",
    consentSensitiveDataAt: at,
    consentSensitiveDataVersion: "bench",
    consentFeeAt: at,
    consentFeeVersion: "bench",
    status,
    intakeHeldOn: status === "RECEIVED" && i % 2 ? at : null,
    decidedAt: status === "RECEIVED" ? null : at,
    createdAt: at,
    updatedAt: at,
  };
});
fill("ApplicationEvent", APPLICATIONS, (i) => ({
  id: id("be", i),
  applicationId: id("br", i),
  kind: "RECEIVED",
  createdAt: iso(NOW - (i % 700) * DAY),
}));
fill("Participation", accepted.length, (i) => {
  const a = accepted[i];
  return {
    id: id("bx", i),
    groupId: id("bg", a.group),
    memberId: id("bp", a.member),
    applicationId: id("br", a.app),
    joinedAt: iso(NOW - (a.app % 700) * DAY),
    leftAt: a.left ? iso(NOW - (a.app % 300) * DAY) : null,
  };
});
fill("Interest", Math.floor(GROUPS / 2), (i) => ({
  id: id("bi", i),
  name: `${pick(FIRST)} ${pick(LAST)}`,
  email: `interesse-${i}@eksempel.dk`,
  topic: pick(TOPICS),
  ageBand: weighted(AGE_BANDS),
  consentAt: iso(NOW - (i % 100) * DAY),
  consentVersion: "bench",
  awaitsConfirmation: 0,
  handledAt: i % 3 === 0 ? iso(NOW) : null,
  createdAt: iso(NOW - (i % 100) * DAY),
}));

// The audit log: who read and changed what, over two years.
const VERBS = [
  ["member.view", "Member", "bp", MEMBERS],
  ["application.view", "Application", "br", APPLICATIONS],
  ["group.participants-view", "Group", "bg", GROUPS],
  ["group.update", "Group", "bg", GROUPS],
  ["membership.payment", "Membership", "bs", MEMBERS],
  ["application.accept", "Application", "br", APPLICATIONS],
  ["meeting.create", "Meeting", "bm", GROUPS],
] as const;
fill("AuditEvent", AUDIT_EVENTS, (i) => {
  const [action, entityType, prefix, count] = pick(VERBS);
  return {
    id: id("bl", i),
    actorUserId: i % 4 === 0 ? "bench-admin" : id("bu", i % FACILITATORS),
    action,
    entityType,
    entityId: id(prefix, Math.floor(random() * count)),
    details: null,
    createdAt: iso(NOW - Math.floor(((AUDIT_EVENTS - i) / Math.max(1, AUDIT_EVENTS)) * 730 * DAY)),
  };
});

db.pragma("optimize");
db.close();
const total = Object.values(rows).reduce((s, n) => s + n, 0);
console.log(
  `  ${total.toLocaleString("da-DK")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(rows)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ")}`,
);
