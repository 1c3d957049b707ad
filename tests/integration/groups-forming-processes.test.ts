import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/db-tables";
import { killRacersAfterEach, startRacers } from "../helpers/process-race";
import { applicant, COORDINATOR, coordinatorMails, plannedGroup, setCoordinatorEmail, waitingForIntake } from "../helpers/forming-fixtures";

// The once-only notice across PROCESSES: separate Node processes (several server processes, or a
// script beside the site) record intakes for one planned group at the same moment, each with its own
// connection — to the same SQLite file, or to PostgreSQL. (groups-forming.test.ts does the same within
// one process, where SQLite's adapter queues the transactions on its one connection.)

type Outcome = { applicationId: string; attempts: string[]; final: string; crashed?: string };

killRacersAfterEach();

/** One coordinator process per application (tests/helpers/race-intake.ts), each ready to record its intake. */
const startCoordinators = (adminUserId: string, applicationIds: string[]) =>
  startRacers<Outcome>(
    "race-intake.ts",
    applicationIds.map((id) => [adminUserId, id]),
  );

describe("intakes recorded by separate processes at the same moment", () => {
  let adminId = "";
  beforeEach(async () => {
    await clearAllTables();
    adminId = (await createAdmin()).id;
    await setCoordinatorEmail(COORDINATOR);
  });

  it.each([
    { minimum: 4, held: 1, coordinators: 3, label: "the last of them reaches the minimum" },
    { minimum: 3, held: 1, coordinators: 4, label: "they pass the minimum together" },
  ])(
    "$coordinators processes, $held of $minimum held before: $label → exactly one notice",
    async ({ minimum, held, coordinators }) => {
      const group = await plannedGroup(minimum);
      for (let i = 0; i < held; i++) await applicant(group.id);
      const waiting = await waitingForIntake(group.id, coordinators);
      const race = await startCoordinators(
        adminId,
        waiting.map((a) => a.id),
      );
      const outcomes = await race.go();
      expect(outcomes.filter((o) => o.crashed)).toEqual([]);
      expect(outcomes.map((o) => o.final)).toEqual(waiting.map(() => "OK"));
      expect(await db.application.count({ where: { groupId: group.id, intakeHeldOn: { not: null } } })).toBe(held + coordinators);
      expect(await coordinatorMails()).toHaveLength(1);
      expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).minimumReachedAt).not.toBeNull();
    },
    90_000,
  );
});
