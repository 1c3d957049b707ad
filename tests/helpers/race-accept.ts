// One coordinator in a separate process, for tests/integration/applications-race-processes.test.ts:
//   DATABASE_FILE=… tsx --conditions=react-server tests/helpers/race-accept.ts <adminUserId> <applicationId>
// Runs the real accept command through the pipeline when told to go (tests/helpers/race-process.ts) and
// prints the codes of every attempt and the final result.
import { acceptApplication } from "@/lib/applications/commands";
import { execute } from "@/lib/command/execute";
import { actorOf, attemptUntilSettled, runRaceProcess } from "./race-process";

const [adminUserId, applicationId] = process.argv.slice(2);

runRaceProcess(
  () => actorOf(adminUserId),
  async (actor) => {
    const attempts = await attemptUntilSettled(
      async () => (await execute(acceptApplication, { applicationId }, { actor, clientIp: "127.0.0.1" })).result,
    );
    return { applicationId, attempts, final: attempts.at(-1) };
  },
  (error) => ({ applicationId, crashed: error?.name ?? "Error" }),
);
