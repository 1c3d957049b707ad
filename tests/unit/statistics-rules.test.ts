import { describe, expect, it } from "vitest";
import { statisticsCsv } from "@/lib/statistics/csv";
import {
  aggregateYear,
  figuresFromCounts,
  parseYear,
  suppress,
  wasRunningIn,
  yearRange,
  type GroupFacts,
  type RawYear,
} from "@/lib/statistics/rules";
import { seededTopics } from "../helpers/seeded-topics";

const d = (iso: string) => new Date(iso);
const group = (id: string, over: Partial<GroupFacts> = {}): GroupFacts => ({
  id,
  topic: "GRIEF",
  ageBand: "ADULTS",
  state: "PLANNED",
  createdAt: d("2024-06-01T10:00:00Z"),
  ...over,
});
const raw = (over: Partial<RawYear>): RawYear => ({
  year: 2025,
  groups: [],
  changes: [],
  participations: [],
  meetingsByGroup: [],
  newMembers: 0,
  paidMemberships: 0,
  waivedMemberships: 0,
  ...over,
});

describe("suppress", () => {
  it("shows 1 and 2 as '< 3', keeps 0 and 3 and up", () => {
    expect([0, 1, 2, 3, 4, 17].map(suppress)).toEqual(["0", "< 3", "< 3", "3", "4", "17"]);
  });
});

describe("yearRange and parseYear", () => {
  it("runs from Danish midnight on 1 January to the next", () => {
    const { start, end } = yearRange(2026);
    expect(start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("takes a four-digit year within range, else the current Danish year", () => {
    const now = d("2026-12-31T23:30:00Z"); // already 1 January 2027 in Denmark
    expect(parseYear("2025", now)).toBe(2025);
    expect(parseYear(undefined, now)).toBe(2027);
    expect(parseYear("abc", now)).toBe(2027);
    expect(parseYear("2028", now)).toBe(2027);
    expect(parseYear("1999", now)).toBe(2027);
    expect(parseYear(["2025"], now)).toBe(2027);
  });
});

describe("wasRunningIn", () => {
  const { start, end } = yearRange(2025);
  it("follows the history: running during part of the year counts, only planned does not", () => {
    const g = group("g");
    const started = [{ groupId: "g", fromState: "PLANNED" as const, toState: "STARTING" as const, createdAt: d("2025-03-01T00:00:00Z") }];
    expect(wasRunningIn(g, started, start, end)).toBe(true);
    expect(wasRunningIn(g, [], start, end)).toBe(false);
    const endedBefore = [
      ...started.map((c) => ({ ...c, createdAt: d("2024-07-01T00:00:00Z") })),
      { groupId: "g", fromState: "STARTING" as const, toState: "ENDED" as const, createdAt: d("2024-12-31T22:59:59Z") },
    ];
    expect(wasRunningIn(g, endedBefore, start, end)).toBe(false);
    const endedJustAfterStart = [endedBefore[0], { ...endedBefore[1], createdAt: d("2024-12-31T23:00:01Z") }];
    expect(wasRunningIn(g, endedJustAfterStart, start, end)).toBe(true);
  });

  it("takes a group without history to have been in its current state since it was created", () => {
    expect(wasRunningIn(group("g", { state: "SELF_RUNNING" }), [], start, end)).toBe(true);
    expect(wasRunningIn(group("g", { state: "SELF_RUNNING", createdAt: d("2026-01-02T00:00:00Z") }), [], start, end)).toBe(false);
    expect(wasRunningIn(group("g", { state: "ENDED" }), [], start, end)).toBe(false);
  });
});

describe("aggregateYear", () => {
  const groups = [
    group("a"),
    group("b", { topic: "LONELINESS", ageBand: "ELDERLY" }),
    group("c", { topic: "LONELINESS", ageBand: "ELDERLY" }),
    group("p"),
  ];
  const figures = aggregateYear(
    raw({
      groups,
      changes: [
        { groupId: "a", fromState: "PLANNED", toState: "STARTING", createdAt: d("2025-02-01T00:00:00Z") },
        { groupId: "a", fromState: "STARTING", toState: "STARTING", createdAt: d("2025-02-02T00:00:00Z") },
        { groupId: "c", fromState: "WITHDRAWING", toState: "SELF_RUNNING", createdAt: d("2025-05-01T00:00:00Z") },
        { groupId: "c", fromState: "SELF_RUNNING", toState: "ENDED", createdAt: d("2025-11-01T00:00:00Z") },
      ],
      participations: [
        { groupId: "a", memberId: "m1" },
        { groupId: "a", memberId: "m2" },
        { groupId: "b", memberId: "m1" },
        { groupId: "b", memberId: "m3" },
        { groupId: "c", memberId: "m3" },
      ],
      meetingsByGroup: [
        { groupId: "a", count: 4 },
        { groupId: "b", count: 2 },
      ],
      newMembers: 5,
      paidMemberships: 3,
      waivedMemberships: 1,
    }),
    seededTopics,
  );

  it("counts active groups (planned-only without activity excluded) and state entries once per group", () => {
    expect(figures.groups).toEqual({ active: 3, started: 1, selfRunning: 1, ended: 1 });
  });

  it("counts distinct people per topic, per age band and in total, and meetings per topic", () => {
    const grief = figures.byTopic.find((t) => t.topic === "GRIEF")!;
    const lonely = figures.byTopic.find((t) => t.topic === "LONELINESS")!;
    expect(grief).toEqual({ topic: "GRIEF", label: "Sorg", retired: false, activeGroups: 1, participants: 2, meetings: 4 });
    expect(lonely).toEqual({ topic: "LONELINESS", label: "Ensomhed", retired: false, activeGroups: 2, participants: 2, meetings: 2 });
    expect(figures.byAgeBand.find((a) => a.ageBand === "ELDERLY")).toEqual({ ageBand: "ELDERLY", activeGroups: 2, participants: 2 });
    expect(figures.participantsTotal).toBe(3);
    expect(figures.meetingsTotal).toBe(6);
    expect(figures.members).toEqual({ newMembers: 5, paidMemberships: 3, waivedMemberships: 1 });
  });

  it("writes a semicolon CSV with BOM, suppressing participant cells but not group or meeting counts", () => {
    const csv = statisticsCsv(figures);
    expect(csv.startsWith("\uFEFFÅr;Afsnit;Kategori;Antal\r\n")).toBe(true);
    expect(csv).toContain("2025;Deltagere efter emne;Sorg;< 3\r\n");
    expect(csv).toContain("2025;Deltagere i alt;Forskellige personer;3\r\n");
    expect(csv).toContain("2025;Møder holdt efter emne;Ensomhed;2\r\n");
    expect(csv).toContain("2025;Grupper;Aktive i året;3\r\n");
    expect(csv).not.toMatch(/m1|m2|m3/);
  });
});

describe("topics in the figures", () => {
  const retiredLoneliness = seededTopics.map((t) => (t.key === "LONELINESS" || t.key === "DIVORCE" ? { ...t, retired: true } : t));
  const counts = {
    year: 2025,
    activeGroups: [{ topic: "LONELINESS", ageBand: "ADULTS" as const, count: 1 }],
    entered: [],
    participantsByTopic: [{ topic: "LONELINESS", count: 4 }],
    participantsByAgeBand: [],
    participantsTotal: 4,
    meetingsByTopic: [{ topic: "LONELINESS", count: 3 }],
    newMembers: 0,
    paidMemberships: 0,
    waivedMemberships: 0,
  };

  it("list every topic in use in the topics' order, and a retired topic only in a year it has figures, marked", () => {
    const figures = figuresFromCounts(counts, retiredLoneliness);
    expect(figures.byTopic.map((t) => t.topic)).toEqual(["GRIEF", "ILLNESS", "RELATIVES", "LONELINESS", "SELF_DEVELOPMENT", "PHYSICAL_ACTIVITY"]);
    expect(figures.byTopic.find((t) => t.topic === "LONELINESS")).toEqual({
      topic: "LONELINESS",
      label: "Ensomhed",
      retired: true,
      activeGroups: 1,
      participants: 4,
      meetings: 3,
    });
    expect(statisticsCsv(figures)).toContain("2025;Deltagere efter emne;Ensomhed (udgået);4\r\n");
    expect(statisticsCsv(figures)).not.toContain("Skilsmisse");
  });

  it("aggregateYear agrees: a retired topic's group keeps its row", () => {
    const figures = aggregateYear(
      raw({ groups: [group("x", { topic: "LONELINESS" })], participations: [{ groupId: "x", memberId: "m1" }], meetingsByGroup: [] }),
      retiredLoneliness,
    );
    expect(figures.byTopic.find((t) => t.topic === "LONELINESS")).toMatchObject({ label: "Ensomhed", retired: true, participants: 1 });
    expect(figures.byTopic.some((t) => t.topic === "DIVORCE")).toBe(false);
  });
});
