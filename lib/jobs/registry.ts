import "server-only";
// What each automatic job does (their names, words and schedules are lib/jobs/labels.ts). Every job
// that changes data runs a command through the pipeline as the system actor: the same rules, the same
// transaction with its audit row, and the emails queued in it. The renewal reminders and the retention
// purge are the very commands the administrators' buttons run, so a job and a button at the same
// moment still send one reminder per membership and period.
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import type { AnyCommand } from "@/lib/command/define";
import { execute } from "@/lib/command/execute";
import { env } from "@/lib/env";
import { deliverPending } from "@/lib/email/worker";
import * as meetings from "@/lib/meetings/commands";
import * as members from "@/lib/members/commands";
import * as privacy from "@/lib/privacy/commands";
import type { JobName, JobSummary } from "./labels";

const MINUTE = 60_000;

/** A command's refusal, as the run records it (its code is the error's kind). */
class CommandRefused extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "CommandRefused";
  }
}

async function asSystem<D>(cmd: AnyCommand, input: unknown): Promise<D> {
  const { result } = await execute(cmd, input, { actor: SYSTEM_ACTOR, clientIp: null });
  if (!result.ok) throw new CommandRefused(result.code);
  return result.data as D;
}

type Work = { leaseMs: number; run: (now: Date) => Promise<JobSummary> };

export const JOB_WORK: Record<JobName, Work> = {
  "renewal-reminders": {
    leaseMs: 10 * MINUTE,
    run: async () => asSystem<{ sent: number }>(members.sendRenewalReminders, {}),
  },
  "expire-memberships": {
    leaseMs: 10 * MINUTE,
    run: async () => asSystem<{ expired: number; lapsed: number }>(members.markExpired, {}),
  },
  "retention-purge": {
    leaseMs: 10 * MINUTE,
    run: async () => asSystem<{ applications: number; interest: number; outbox: number; unconfirmed: number }>(privacy.purgeExpired, {}),
  },
  "email-delivery": {
    // Each mail is claimed on its own (lib/email/worker.ts), so the lease only keeps two passes apart.
    leaseMs: 5 * MINUTE,
    run: async () => {
      if (!env().SMTP_URL) return { noMailServer: 1 };
      return deliverPending({ limit: 200 });
    },
  },
  "attendance-reminders": {
    leaseMs: 10 * MINUTE,
    run: async () => asSystem<{ groups: number; emails: number }>(meetings.sendAttendanceReminders, {}),
  },
};
