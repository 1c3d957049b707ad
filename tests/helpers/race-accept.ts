// One coordinator in a separate process, for tests/integration/applications-race-processes.test.ts:
//   DATABASE_FILE=… tsx --conditions=react-server tests/helpers/race-accept.ts <adminUserId> <applicationId>
// Loads the app's modules and opens the database, prints "ready", waits for "go" on stdin (so every
// process starts its accept at the same moment), runs the real accept command through the pipeline
// and prints one JSON line: the codes of every attempt and the final result. When the database is
// busy beyond the pipeline's own retries (BUSY) it tries again, as a person pressing the
// button again would; every attempt is reported.
import { acceptApplication } from "@/lib/applications/commands";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";

const [adminUserId, applicationId] = process.argv.slice(2);
const MAX_ATTEMPTS = 50;

async function main() {
  // Keep the pipeline's one-line error logs (and the outbox notice) off stdout, which carries the protocol.
  console.error = () => undefined;
  console.info = () => undefined;
  const u = await db.user.findUniqueOrThrow({
    where: { id: adminUserId },
    select: { id: true, name: true, email: true, role: true, facilitator: { select: { id: true } } },
  });
  const actor = { id: u.id, name: u.name, email: u.email, role: u.role, facilitatorId: u.facilitator?.id ?? null };
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      if (String(chunk).includes("go")) resolve();
    });
  });
  const attempts: string[] = [];
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const { result } = await execute(acceptApplication, { applicationId }, { actor, clientIp: "127.0.0.1" });
    attempts.push(result.ok ? "OK" : result.code);
    if (result.ok || result.code !== "BUSY") break;
    await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
  process.stdout.write(`${JSON.stringify({ applicationId, attempts, final: attempts.at(-1) })}\n`);
  await db.$disconnect();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ applicationId, crashed: (error as Error)?.name ?? "Error" })}\n`);
  process.exit(1);
});
