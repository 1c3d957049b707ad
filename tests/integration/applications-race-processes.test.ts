import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createGroup } from "../helpers/fixtures";
import { clearPeopleAndGroups, fillSeats, readyApplication } from "../helpers/applications-fixtures";
import { killRacersAfterEach, startRacers } from "../helpers/process-race";

// The last-seat guard across PROCESSES: several Node processes (as with more than one server process,
// or a script running next to the site) accept different applications into the same group at the
// same moment, each with its own connection to the same SQLite file. Exactly `capacity` may get in.
// (applications-concurrency.test.ts does the same within one process, where Prisma's SQLite adapter
// queues transactions on its one connection.)

type Outcome = { applicationId: string; attempts: string[]; final: string; crashed?: string };

killRacersAfterEach();

/** One coordinator process per application (tests/helpers/race-accept.ts), each ready to accept its own. */
const startCoordinators = (adminUserId: string, applicationIds: string[]) =>
  startRacers<Outcome>(
    "race-accept.ts",
    applicationIds.map((id) => [adminUserId, id]),
  );

describe("the last seat, taken by separate processes at the same moment", () => {
  let adminId = "";
  beforeEach(async () => {
    await clearPeopleAndGroups();
    adminId = (await createAdmin()).id;
  });

  it.each([
    { capacity: 4, filled: 2, coordinators: 4 },
    { capacity: 3, filled: 2, coordinators: 3 },
  ])(
    "$coordinators processes, $capacity seats of which $filled are taken → exactly $capacity participations",
    async ({ capacity, filled, coordinators }) => {
      const group = await createGroup({ capacity });
      await fillSeats(group.id, filled);
      const applications = [];
      for (let i = 0; i < coordinators; i++) applications.push((await readyApplication(group.id)).application);

      const race = await startCoordinators(
        adminId,
        applications.map((a) => a.id),
      );
      const outcomes = await race.go();

      const free = capacity - filled;
      expect(outcomes.filter((o) => o.crashed)).toEqual([]);
      // Every process ends with a clear answer: accepted, or told the group is full.
      expect(outcomes.map((o) => o.final).sort()).toEqual([...Array(free).fill("OK"), ...Array(coordinators - free).fill("GROUP_FULL")].sort());
      expect(await db.participation.count({ where: { groupId: group.id, leftAt: null } })).toBe(capacity);
      expect(await db.application.count({ where: { groupId: group.id, status: "ACCEPTED" } })).toBe(free);
      expect(await db.application.count({ where: { groupId: group.id, status: "RECEIVED" } })).toBe(coordinators - free);
      // Shown when the test is run alone, to see how often SQLite said "busy" (answered as BUSY after the pipeline's retries).
      const busy = outcomes.reduce((n, o) => n + o.attempts.filter((a) => a === "BUSY").length, 0);
      if (process.env.RACE_VERBOSE)
        console.info(
          `[race] ${coordinators} processes: ${busy} busy answers`,
          outcomes.map((o) => o.attempts.join(">")),
        );
    },
    60_000,
  );
});
