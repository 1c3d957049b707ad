import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Before lib/db makes its client: a short limit, so the test need not wait the default 10 s.
vi.hoisted(() => {
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = "500";
});

import pg from "pg";
import { db } from "@/lib/db";
import { acceptApplicationAction } from "@/lib/applications/actions";
import { GENERIC_ERROR } from "@/lib/command/result";
import { createAdmin, createGroup } from "../helpers/fixtures";
import { clearPeopleAndGroups, readyApplication } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

// PostgreSQL cancels a statement of the app that runs, or waits for a lock, longer than
// DATABASE_STATEMENT_TIMEOUT_MS (lib/database-file.ts statementTimeoutMs): the request fails with the
// Danish generic error, and the server and the next request go on as usual.
let blocker: pg.Client | null = null;
beforeEach(async () => {
  await clearPeopleAndGroups();
  signInAs((await createAdmin()).id);
});
afterEach(async () => {
  await blocker?.end();
  blocker = null;
});

describe("a statement that takes too long", () => {
  it("is cancelled by PostgreSQL after the configured time", async () => {
    await expect(db.$queryRaw`SELECT pg_sleep(5)::text AS "slept"`).rejects.toThrow(/statement timeout|canceling statement/i);
    expect(await db.group.count()).toBe(0);
  });

  it("a command stuck behind a lock answers the generic error and writes nothing; once the lock is gone the same command goes through", async () => {
    const group = await createGroup({ capacity: 3 });
    const { application } = await readyApplication(group.id);
    blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query(`SELECT 1 FROM "Group" WHERE "id" = $1 FOR UPDATE`, [group.id]);

    const stuck = await acceptApplicationAction({ applicationId: application.id });
    expect(stuck).toEqual({ ok: false, code: "ERROR", message: GENERIC_ERROR });
    expect(await db.participation.count()).toBe(0);
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } })).toEqual({ status: "RECEIVED" });

    await blocker.query("ROLLBACK");
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: true });
    expect(await db.participation.count()).toBe(1);
  });
});
