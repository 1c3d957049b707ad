import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RATE_LIMIT_MAX } from "@/lib/rate-limit";
import { killRacersAfterEach, startRacers } from "../helpers/process-race";

// The rate limit across PROCESSES (several app instances, or a script beside the site), each with its
// own connection: on SQLite the in-process queue of Prisma's adapter does not help there, on
// PostgreSQL every process runs its transactions side by side. Exactly RATE_LIMIT_MAX may pass.

type Outcome = { admitted: number; errors: string[]; crashed?: string };

killRacersAfterEach();

describe("the rate limit, taken by separate processes at the same moment", () => {
  it("four processes × five simultaneous takes on one key → exactly five admitted, no errors", async () => {
    const key = "t:email:prozesser";
    const race = await startRacers<Outcome>(
      "race-rate-limit.ts",
      [0, 1, 2, 3].map(() => [key, "5"]),
    );
    const outcomes = await race.go();
    expect(outcomes.flatMap((o) => o.errors.concat(o.crashed ? [o.crashed] : []))).toEqual([]);
    expect(outcomes.reduce((sum, o) => sum + o.admitted, 0)).toBe(RATE_LIMIT_MAX);
    expect(await db.rateLimitHit.count({ where: { key } })).toBe(RATE_LIMIT_MAX);
  }, 60_000);
});
