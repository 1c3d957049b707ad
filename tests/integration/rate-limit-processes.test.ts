import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RATE_LIMIT_MAX } from "@/lib/rate-limit";

// The rate limit across PROCESSES (several app instances, or a script beside the site), each with its
// own connection: on SQLite the in-process queue of Prisma's adapter does not help there, on
// PostgreSQL every process runs its transactions side by side. Exactly RATE_LIMIT_MAX may pass.
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const script = path.join(root, "tests", "helpers", "race-rate-limit.ts");

type Outcome = { admitted: number; errors: string[]; crashed?: string };
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function start(key: string, count: number) {
  const child = spawn(tsx, ["--conditions=react-server", script, key, String(count)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test" },
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
    child.on("exit", (code) => reject(new Error(`process exited (${code}) before it was ready: ${err.slice(0, 500)}`)));
  });
  const finished = new Promise<Outcome>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (!line) return reject(new Error(`process exited (${code}) without a result: ${err.slice(0, 500)}`));
      resolve(JSON.parse(line) as Outcome);
    });
  });
  await ready;
  return { go: () => child.stdin!.write("go\n"), finished };
}

describe("the rate limit, taken by separate processes at the same moment", () => {
  it("four processes × five simultaneous takes on one key → exactly five admitted, no errors", async () => {
    const key = "t:email:prozesser";
    const runs = await Promise.all([0, 1, 2, 3].map(() => start(key, 5)));
    for (const r of runs) r.go();
    const outcomes = await Promise.all(runs.map((r) => r.finished));
    expect(outcomes.flatMap((o) => o.errors.concat(o.crashed ? [o.crashed] : []))).toEqual([]);
    expect(outcomes.reduce((sum, o) => sum + o.admitted, 0)).toBe(RATE_LIMIT_MAX);
    expect(await db.rateLimitHit.count({ where: { key } })).toBe(RATE_LIMIT_MAX);
  }, 60_000);
});
