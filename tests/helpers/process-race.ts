import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach } from "vitest";

// Races between separate Node processes on one database (one SQLite file, or one PostgreSQL database in
// integration-pg), as between several app instances or a script beside the site: each process runs a
// script of tests/helpers under tsx with a connection of its own (tests/helpers/race-process.ts is its
// side), says "ready" once loaded and connected, waits for "go" on stdin, and prints one JSON line with
// what it got. Starting every racer before any of them goes makes the race between queries, not
// between module loads.

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const running: ChildProcess[] = [];

/** Kills whatever a test left running; call once at the top of a test file. */
export function killRacersAfterEach() {
  afterEach(() => {
    for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });
}

export type Racer<T> = { go(): void; finished: Promise<T> };

/**
 * Starts tests/helpers/<script> with these arguments; resolves once it is ready. `finished` resolves
 * with its JSON line; a process that failed also carries the start of what it wrote to stderr.
 */
export async function startRacer<T>(script: string, args: readonly string[]): Promise<Racer<T>> {
  const child = spawn(tsx, ["--conditions=react-server", path.join(root, "tests", "helpers", script), ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test", SMTP_URL: "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.push(child);
  let out = "";
  let err = "";
  child.stderr!.on("data", (c) => (err += c));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c) => {
      out += c;
      if (out.includes("ready\n")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`${script} exited (${code}) before it was ready: ${err.slice(0, 500)}`)));
  });
  const finished = new Promise<T>((resolve, reject) => {
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (!line) return reject(new Error(`${script} exited (${code}) without a result: ${err.slice(0, 500)}`));
      const result = JSON.parse(line) as T;
      resolve(code === 0 ? result : { ...result, stderr: err.slice(0, 300) });
    });
  });
  await ready;
  return { go: () => child.stdin!.write("go\n"), finished };
}

/** One racer per argument list, all ready; `go` lets them all go at the same moment and gives what each got, in order. */
export async function startRacers<T>(script: string, argLists: readonly (readonly string[])[]) {
  const racers = await Promise.all(argLists.map((args) => startRacer<T>(script, args)));
  return {
    go: async (): Promise<T[]> => {
      for (const r of racers) r.go();
      return Promise.all(racers.map((r) => r.finished));
    },
  };
}
