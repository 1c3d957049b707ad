import "server-only";
// Delivers the outbox over SMTP when SMTP_URL is set. Without it the outbox table IS the delivery
// (the embedded default): the rows stay for administrators to read in /admin/udbakke.
//
// Runs (a) right after a command commits (lib/command/execute.ts calls deliverSoon), (b) every minute as
// the automatic job "email-delivery" (lib/jobs, under its lease: one instance at a time), and (c) from
// `npm run email:deliver` (cron, operations). Each mail is claimed with a conditional UPDATE before it is sent, so any number
// of these running at once send each mail once; a worker killed mid-send lets go after LOCK_MS and the
// mail is tried again. Logs name the row and the outcome only, never addresses, subjects or texts.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { getIdentity } from "@/lib/settings/data";
import { senderOf } from "@/lib/settings/identity";
import * as data from "./data";
import { errorKind, nextAttemptAfterFailure } from "./rules";
import { unseal } from "./seal";

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** Well under LOCK_MS together, so a slow server cannot outlast the claim (nodemailer waits 1 h by default). */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000, dnsTimeout: 10_000 };

type Transport = ReturnType<typeof nodemailer.createTransport>;

/**
 * Sends the mails that are due (oldest first, at most `limit`). `now` fixes the clock (tests and
 * operations); without it each step reads the time. Does nothing without SMTP_URL.
 */
export async function deliverPending(options: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return report;
  const clock = () => options.now ?? new Date();

  const expired = await data.expireUnsentMails(clock());
  if (expired > 0) console.warn(`[email] gave up ${expired} mail(s) not sent within the maximum age`);
  report.failed += expired;

  const ids = await data.listDueMailIds(clock(), options.limit ?? 50);
  if (ids.length === 0) return report;
  const from = MAIL_FROM ?? senderOf(await getIdentity());
  const transport = nodemailer.createTransport({ url: SMTP_URL, ...TIMEOUTS });
  try {
    for (const id of ids) {
      const outcome = await deliverOne(transport, from, id, clock);
      if (outcome !== "skipped") report[outcome]++;
    }
  } finally {
    transport.close();
  }
  return report;
}

async function deliverOne(transport: Transport, from: string, id: string, clock: () => Date): Promise<keyof DeliveryReport | "skipped"> {
  if (!(await data.claimMail(id, clock()))) return "skipped"; // another worker has it, or it was just sent
  const mail = await data.getClaimedMail(id);
  if (!mail) return "skipped"; // erased in between
  const attempts = mail.attempts + 1;
  let text: string;
  try {
    text = mail.sealedText === null ? mail.text : unseal(mail.sealedText);
  } catch (error) {
    // The site's secret changed (or the value was altered): the real text is gone for good.
    await data.recordFailure(id, { attempts, retryAt: null, kind: errorKind(error), now: clock() });
    console.error(`[email] ${id} given up: sealed text does not open (${errorKind(error)})`);
    return "failed";
  }
  try {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text });
  } catch (error) {
    const kind = errorKind(error);
    const retryAt = nextAttemptAfterFailure(attempts, clock());
    await data.recordFailure(id, { attempts, retryAt, kind, now: clock() });
    if (retryAt) {
      console.warn(`[email] ${id} attempt ${attempts} failed (${kind}); tries again later`);
      return "retrying";
    }
    console.error(`[email] ${id} given up after ${attempts} attempts (${kind})`);
    return "failed";
  }
  await data.recordSent(id, clock());
  console.info(`[email] ${id} sent`);
  return "sent";
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts a delivery pass without waiting for it (coalesced: while one runs, calls ask for one more
 * pass after it, so a mail committed during a pass is not left for the timer). Never throws. The
 * promise resolves once a pass that started after this call has finished — for tests and for
 * callers that want to wait.
 */
export function deliverSoon(): Promise<void> {
  if (!env().SMTP_URL) return Promise.resolve();
  again = true;
  running ??= (async () => {
    try {
      while (again) {
        again = false;
        await deliverPending().catch((error) => console.error(`[email] delivery pass failed: ${errorKind(error)}`));
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Resolves once no delivery pass runs in this process (tests wait on it after a command). */
export function deliveryIdle(): Promise<void> {
  return running ?? Promise.resolve();
}
