// One coordinator in a separate process, for tests/integration/groups-forming-processes.test.ts:
//   DATABASE_FILE=… (or DATABASE_URL=…) tsx --conditions=react-server tests/helpers/race-intake.ts <adminUserId> <applicationId>
// Records the intake through the real pipeline when told to go (tests/helpers/race-process.ts) and
// prints the code of every attempt.
import { recordIntake } from "@/lib/applications/commands";
import { execute } from "@/lib/command/execute";
import { actorOf, attemptUntilSettled, runRaceProcess } from "./race-process";

const [adminUserId, applicationId] = process.argv.slice(2);

runRaceProcess(
  () => actorOf(adminUserId),
  async (actor) => {
    const input = { applicationId, heldOn: "2026-01-15", byUserId: adminUserId };
    const attempts = await attemptUntilSettled(async () => (await execute(recordIntake, input, { actor, clientIp: "127.0.0.1" })).result);
    return { applicationId, attempts, final: attempts.at(-1) };
  },
  (error) => ({ applicationId, crashed: error?.name ?? "Error" }),
);
