// One app process for tests/integration/rate-limit-processes.test.ts:
//   DATABASE_FILE=… (or DATABASE_URL=…) tsx --conditions=react-server tests/helpers/race-rate-limit.ts <key> <count>
// Opens the database, prints "ready", waits for "go" on stdin (so every process starts at the same
// moment), takes the rate limit <count> times at once for <key> and prints one JSON line: how many
// were admitted, and the error names of any that threw.
import { db } from "@/lib/db";
import { takeRateLimit } from "@/lib/rate-limit";

const [key, count] = process.argv.slice(2);

async function main() {
  await db.rateLimitHit.count({ where: { key } }); // connect before the start signal
  process.stdout.write("ready\n");
  await new Promise<void>((resolve) => {
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      if (String(chunk).includes("go")) resolve();
    });
  });
  const results = await Promise.allSettled(Array.from({ length: Number(count) }, () => takeRateLimit([key])));
  const admitted = results.filter((r) => r.status === "fulfilled" && r.value.ok).length;
  const errors = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error)?.name ?? "Error"] : []));
  process.stdout.write(`${JSON.stringify({ admitted, errors })}\n`);
  await db.$disconnect();
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ crashed: (error as Error)?.name ?? "Error" })}\n`);
  process.exit(1);
});
