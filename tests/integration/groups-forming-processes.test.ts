import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAdmin } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/db-tables";
import { applicant, COORDINATOR, coordinatorMails, plannedGroup, setCoordinatorEmail, waitingForIntake } from "../helpers/forming-fixtures";

// The once-only notice across PROCESSES: separate Node processes (several server processes, or a
// script beside the site) record intakes for one planned group at the same moment, each with its own
// connection — to the same SQLite file, or to PostgreSQL. (groups-forming.test.ts does the same within
// one process, where SQLite's adapter queues the transactions on its one connection.)

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const script = path.join(root, "tests", "helpers", "race-intake.ts");

type Outcome = { applicationId: string; attempts: string[]; final: string; crashed?: string };

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function startCoordinators(adminUserId: string, applicationIds: string[]) {
  const runs = applicationIds.map((applicationId) => {
    const child = spawn(tsx, ["--conditions=react-server", script, adminUserId, applicationId], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "test", SMTP_URL: "" },
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
    go: async () => {
      for (const r of runs) r.child.stdin!.write("go\n");
      return Promise.all(runs.map((r) => r.finished));
    },
  };
}

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
