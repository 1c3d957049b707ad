// One app process for tests/integration/rate-limit-processes.test.ts:
//   DATABASE_FILE=… (or DATABASE_URL=…) tsx --conditions=react-server tests/helpers/race-rate-limit.ts <key> <count>
// When told to go (tests/helpers/race-process.ts) takes the rate limit <count> times at once for <key>
// and prints how many were admitted, and the error names of any that threw.
import { db } from "@/lib/db";
import { takeRateLimit } from "@/lib/rate-limit";
import { runRaceProcess } from "./race-process";

const [key, count] = process.argv.slice(2);

runRaceProcess(
  () => db.rateLimitHit.count({ where: { key } }), // connect before the start signal
  async () => {
    const results = await Promise.allSettled(Array.from({ length: Number(count) }, () => takeRateLimit([key])));
    const admitted = results.filter((r) => r.status === "fulfilled" && r.value.ok).length;
    const errors = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error)?.name ?? "Error"] : []));
    return { admitted, errors };
  },
  (error) => ({ crashed: error?.name ?? "Error" }),
);
