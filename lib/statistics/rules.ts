// Pure aggregation for the municipality's yearly figures: year boundaries, which groups count as active,
// per-topic and per-age-band counts, and small-number suppression. No database, no personal data.
import { AGE_BANDS, type AgeBandValue, type GroupStateValue } from "@/lib/groups/labels";
import { isRunning } from "@/lib/groups/rules";
import { topicOf, type TopicKey, type TopicList } from "@/lib/topics/topics";

/** Counts from 1 to this number of participants are shown as "< 3" so no individual can be singled out. */
export const SUPPRESS_BELOW = 3;
export const SUPPRESSED = "< 3";

/** A participant count as shown: 0 stays 0, 1–2 become "< 3", larger counts are shown as they are. */
export function suppress(count: number): string {
  return count > 0 && count < SUPPRESS_BELOW ? SUPPRESSED : String(count);
}

/** 1 January 00:00 to the next 1 January 00:00, Danish time (always winter time, UTC+1, then). */
export function yearRange(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year - 1, 11, 31, 23)), end: new Date(Date.UTC(year, 11, 31, 23)) };
}

/** The calendar year in Danish time of an instant. */
export function danishYear(date: Date): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(date));
}

export const FIRST_YEAR = 2020;

/** ?aar=2026 → 2026; anything missing, malformed or outside FIRST_YEAR..current year → the current year. */
export function parseYear(raw: string | string[] | undefined, now: Date = new Date()): number {
  const current = danishYear(now);
  const value = typeof raw === "string" && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return value >= FIRST_YEAR && value <= current ? value : current;
}

export type GroupFacts = { id: string; topic: TopicKey; ageBand: AgeBandValue; state: GroupStateValue; createdAt: Date };
export type StateChangeFact = { groupId: string; fromState: GroupStateValue | null; toState: GroupStateValue | null; createdAt: Date };

/**
 * Whether a group was in a running state at some moment in [start, end). The history gives the states; a
 * group without any recorded change is taken to have been in its current state since it was created.
 * `changes` are this group's STATE changes before `end`, oldest first.
 */
export function wasRunningIn(group: GroupFacts, changes: StateChangeFact[], start: Date, end: Date): boolean {
  const segments: { state: GroupStateValue | null; from: Date }[] = [
    { state: changes.length === 0 ? group.state : (changes[0].fromState ?? "PLANNED"), from: group.createdAt },
    ...changes.map((c) => ({ state: c.toState, from: c.createdAt })),
  ];
  return segments.some((segment, i) => {
    const until = segments[i + 1]?.from;
    const overlaps = segment.from < end && (until === undefined || until > start);
    return overlaps && segment.state !== null && isRunning(segment.state);
  });
}

/** A topic's figures, labelled as the topic list names it; a retired topic is marked. */
export type TopicRow = { topic: TopicKey; label: string; retired: boolean; activeGroups: number; participants: number; meetings: number };

/**
 * One row per topic in the topic list's order: every topic in use, and a retired one only when it has
 * figures in the year (its past stays in the year it happened). A key no topic has (never expected)
 * gets a row of its own after them.
 */
function topicRows(
  topics: TopicList,
  seen: Iterable<TopicKey>,
  figures: (topic: TopicKey) => Omit<TopicRow, "topic" | "label" | "retired">,
): TopicRow[] {
  const keys = [...topics.map((t) => t.key), ...[...new Set(seen)].filter((k) => !topics.some((t) => t.key === k))];
  return keys.flatMap((key) => {
    const topic = topicOf(topics, key);
    const row = { topic: key, label: topic.label, retired: topic.retired, ...figures(key) };
    const empty = row.activeGroups === 0 && row.participants === 0 && row.meetings === 0;
    return topic.retired && empty ? [] : [row];
  });
}
export type AgeBandRow = { ageBand: AgeBandValue; activeGroups: number; participants: number };

export type YearlyFigures = {
  year: number;
  groups: { active: number; started: number; selfRunning: number; ended: number };
  byTopic: TopicRow[];
  byAgeBand: AgeBandRow[];
  /** Distinct people across all groups (someone in two topics counts once here). */
  participantsTotal: number;
  meetingsTotal: number;
  members: { newMembers: number; paidMemberships: number; waivedMemberships: number };
};

export type RawYear = {
  year: number;
  groups: GroupFacts[];
  /** STATE changes before the year's end, oldest first. */
  changes: StateChangeFact[];
  /** One row per participation overlapping the year. */
  participations: { groupId: string; memberId: string }[];
  /** Meetings held in the year, counted per group. */
  meetingsByGroup: { groupId: string; count: number }[];
  newMembers: number;
  paidMemberships: number;
  waivedMemberships: number;
};

/** What the database counts for a year (lib/statistics/data.ts): the same figures as aggregateYear, already grouped. */
export type YearCounts = {
  year: number;
  /** Active groups (see aggregateYear) per topic and age band. */
  activeGroups: { topic: TopicKey; ageBand: AgeBandValue; count: number }[];
  /** Groups that entered each state in the year. */
  entered: { state: GroupStateValue; count: number }[];
  /** Distinct people per topic, per age band and in all. */
  participantsByTopic: { topic: TopicKey; count: number }[];
  participantsByAgeBand: { ageBand: AgeBandValue; count: number }[];
  participantsTotal: number;
  meetingsByTopic: { topic: TopicKey; count: number }[];
  newMembers: number;
  paidMemberships: number;
  waivedMemberships: number;
};

/** Puts the database's grouped counts into the published shape, every topic in use and every age band present. */
export function figuresFromCounts(c: YearCounts, topics: TopicList): YearlyFigures {
  const sum = (rows: { count: number }[]) => rows.reduce((total, r) => total + r.count, 0);
  const enteredCount = (state: GroupStateValue) => c.entered.find((e) => e.state === state)?.count ?? 0;
  return {
    year: c.year,
    groups: {
      active: sum(c.activeGroups),
      started: enteredCount("STARTING"),
      selfRunning: enteredCount("SELF_RUNNING"),
      ended: enteredCount("ENDED"),
    },
    byTopic: topicRows(
      topics,
      [...c.activeGroups, ...c.participantsByTopic, ...c.meetingsByTopic].map((r) => r.topic),
      (topic) => ({
        activeGroups: sum(c.activeGroups.filter((g) => g.topic === topic)),
        participants: c.participantsByTopic.find((p) => p.topic === topic)?.count ?? 0,
        meetings: c.meetingsByTopic.find((m) => m.topic === topic)?.count ?? 0,
      }),
    ),
    byAgeBand: AGE_BANDS.map((ageBand) => ({
      ageBand,
      activeGroups: sum(c.activeGroups.filter((g) => g.ageBand === ageBand)),
      participants: c.participantsByAgeBand.find((p) => p.ageBand === ageBand)?.count ?? 0,
    })),
    participantsTotal: c.participantsTotal,
    meetingsTotal: sum(c.meetingsByTopic),
    members: { newMembers: c.newMembers, paidMemberships: c.paidMemberships, waivedMemberships: c.waivedMemberships },
  };
}

/**
 * Turns the raw facts of a year into the published figures (unsuppressed counts). The definition of
 * every figure: lib/statistics/data.ts computes the same in SQL, and the tests hold the two together.
 */
export function aggregateYear(raw: RawYear, topics: TopicList): YearlyFigures {
  const { start, end } = yearRange(raw.year);
  const groupById = new Map(raw.groups.map((g) => [g.id, g]));
  const changesByGroup = new Map<string, StateChangeFact[]>();
  for (const c of raw.changes) changesByGroup.set(c.groupId, [...(changesByGroup.get(c.groupId) ?? []), c]);

  const inYear = raw.changes.filter((c) => c.createdAt >= start && c.createdAt < end);
  const groupsEntering = (state: GroupStateValue) => new Set(inYear.filter((c) => c.toState === state).map((c) => c.groupId)).size;

  const meetingsPerGroup = new Map(raw.meetingsByGroup.map((m) => [m.groupId, m.count]));
  const withParticipants = new Set(raw.participations.map((p) => p.groupId));
  const active = raw.groups.filter(
    (g) => withParticipants.has(g.id) || (meetingsPerGroup.get(g.id) ?? 0) > 0 || wasRunningIn(g, changesByGroup.get(g.id) ?? [], start, end),
  );

  const peopleBy = <K extends string>(key: (g: GroupFacts) => K) => {
    const sets = new Map<K, Set<string>>();
    for (const p of raw.participations) {
      const group = groupById.get(p.groupId);
      if (!group) continue;
      const k = key(group);
      sets.set(k, (sets.get(k) ?? new Set()).add(p.memberId));
    }
    return (k: K) => sets.get(k)?.size ?? 0;
  };
  const peopleByTopic = peopleBy((g) => g.topic);
  const peopleByAge = peopleBy((g) => g.ageBand);
  const meetingsFor = (match: (g: GroupFacts) => boolean) =>
    raw.meetingsByGroup.reduce((sum, m) => sum + (groupById.get(m.groupId) && match(groupById.get(m.groupId)!) ? m.count : 0), 0);

  return {
    year: raw.year,
    groups: {
      active: active.length,
      started: groupsEntering("STARTING"),
      selfRunning: groupsEntering("SELF_RUNNING"),
      ended: groupsEntering("ENDED"),
    },
    byTopic: topicRows(
      topics,
      raw.groups.map((g) => g.topic),
      (topic) => ({
        activeGroups: active.filter((g) => g.topic === topic).length,
        participants: peopleByTopic(topic),
        meetings: meetingsFor((g) => g.topic === topic),
      }),
    ),
    byAgeBand: AGE_BANDS.map((ageBand) => ({
      ageBand,
      activeGroups: active.filter((g) => g.ageBand === ageBand).length,
      participants: peopleByAge(ageBand),
    })),
    participantsTotal: new Set(raw.participations.filter((p) => groupById.has(p.groupId)).map((p) => p.memberId)).size,
    meetingsTotal: meetingsFor(() => true),
    members: { newMembers: raw.newMembers, paidMemberships: raw.paidMemberships, waivedMemberships: raw.waivedMemberships },
  };
}
