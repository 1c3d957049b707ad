// The side of a racing process (tests/helpers/process-race.ts starts it): after `prepare` (load, connect,
// read what the race needs) it prints "ready", waits for "go" on stdin so that every process starts at
// the same moment, runs `race` and prints its result as one JSON line; a throw prints `crashed(error)`
// and exits 1. stdout carries only this protocol: the app's info and error lines are silenced.
import { db } from "@/lib/db";

export function runRaceProcess<P>(prepare: () => Promise<P>, race: (prepared: P) => Promise<object>, crashed: (error: Error) => object) {
  console.error = () => undefined;
  console.info = () => undefined;
  const main = async () => {
    const prepared = await prepare();
    process.stdout.write("ready\n");
    await new Promise<void>((resolve) => {
      process.stdin.setEncoding("utf8");
      process.stdin.on("data", (chunk) => {
        if (String(chunk).includes("go")) resolve();
      });
    });
    process.stdout.write(`${JSON.stringify(await race(prepared))}\n`);
    await db.$disconnect();
    process.exit(0);
  };
  main().catch((error: unknown) => {
    process.stdout.write(`${JSON.stringify(crashed(error as Error))}\n`);
    process.exit(1);
  });
}

/** Runs an attempt again while the database answers BUSY past the pipeline's own retries, as a person pressing again would; every attempt's code is kept. */
export async function attemptUntilSettled(attempt: () => Promise<{ ok: boolean; code?: string }>, maxAttempts = 50): Promise<string[]> {
  const attempts: string[] = [];
  for (let i = 0; i < maxAttempts; i++) {
    const result = await attempt();
    attempts.push(result.ok ? "OK" : (result.code ?? "ERROR"));
    if (result.ok || result.code !== "BUSY") break;
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
  return attempts;
}

/** The signed-in user as the pipeline sees them, read before the race. */
export async function actorOf(userId: string) {
  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, facilitator: { select: { id: true } } },
  });
  return { id: u.id, name: u.name, email: u.email, role: u.role, facilitatorId: u.facilitator?.id ?? null };
}
