// One coordinator in a separate process, for tests/integration/groups-forming-processes.test.ts:
//   DATABASE_FILE=… (or DATABASE_URL=…) tsx --conditions=react-server tests/helpers/race-intake.ts <adminUserId> <applicationId>
// Like race-accept.ts: loads the app, prints "ready", waits for "go" on stdin, records the intake
// through the real pipeline and prints one JSON line with the code of every attempt. A BUSY answer
// (SQLite's write lock held by another process beyond the pipeline's own retries) is tried again, as a
// person pressing the button again would.
import { recordIntake } from "@/lib/applications/commands";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";

const [adminUserId, applicationId] = process.argv.slice(2);
const MAX_ATTEMPTS = 50;

async function main() {
  console.error = () => undefined;
  console.info = () => undefined;
  const u = await db.user.findUniqueOrThrow({ where: { id: adminUserId }, select: { id: true, name: true, email: true, role: true } });
  const actor = { ...u, facilitatorId: null };
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      if (String(chunk).includes("go")) resolve();
    });
  });
  const attempts: string[] = [];
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const input = { applicationId, heldOn: "2026-01-15", byUserId: adminUserId };
    const { result } = await execute(recordIntake, input, { actor, clientIp: "127.0.0.1" });
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
