// "Kør nu": which automatic job to run. Safe in the browser.
import { z } from "@/lib/validation/zod";
import { JOB_NAMES } from "./labels";

export const runJobInput = z.object({ job: z.enum(JOB_NAMES, { error: "Vælg en af de automatiske opgaver." }) });
export type RunJobInput = z.output<typeof runJobInput>;
