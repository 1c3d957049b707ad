import { runJobNowAction } from "@/lib/jobs/actions";
import type { AuthzRow } from "./types";

// "Kør nu" on the automatic jobs: administrators only.
export const rows: AuthzRow[] = [
  { action: "lib/jobs/actions#runJobNowAction", allowed: "ADMIN", call: () => runJobNowAction({ job: "expire-memberships" }) },
];
