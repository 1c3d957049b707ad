import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin, createGroup } from "../helpers/fixtures";
import { clearPeopleAndGroups, fillSeats, readyApplication } from "../helpers/applications-fixtures";

// The last-seat guard across PROCESSES: several Node processes (as with more than one server process,
// or a script running next to the site) accept different applications into the same group at the
// same moment, each with its own connection to the same SQLite file. Exactly `capacity` may get in.
// (applications-concurrency.test.ts does the same within one process, where Prisma's SQLite adapter
// queues transactions on its one connection.)

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const script = path.join(root, "tests", "helpers", "race-accept.ts");

type Outcome = { applicationId: string; attempts: string[]; final: string; crashed?: string };

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts one coordinator process per application; resolves once every one has loaded and connected. */
async function startCoordinators(adminUserId: string, applicationIds: string[]) {
  const runs = applicationIds.map((applicationId) => {
    const child = spawn(tsx, ["--conditions=react-server", script, adminUserId, applicationId], {
      cwd: root,
      env: { ...process.env, DATABASE_FILE: process.env.DATABASE_FILE, NODE_ENV: "test", SMTP_URL: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    children.push(child);
    let out = "";
    let err = "";
    child.stderr!.on("data", (c) => (err += c));
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (c) => {
        out += c;
        if (out.includes("ready\n")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`coordinator exited (${code}) before it was ready: ${err.slice(0, 500)}`)));
    });
    const finished = new Promise<Outcome>((resolve, reject) => {
      child.on("exit", (code) => {
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (!line) return reject(new Error(`coordinator exited (${code}) without a result: ${err.slice(0, 500)}`));
        resolve(JSON.parse(line) as Outcome);
      });
    });
    return { child, ready, finished };
  });
  await Promise.all(runs.map((r) => r.ready));
  return {
    /** Lets every process go at the same moment; resolves with what each one got. */
    go: async () => {
      for (const r of runs) r.child.stdin!.write("go\n");
      return Promise.all(runs.map((r) => r.finished));
    },
  };
}

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
