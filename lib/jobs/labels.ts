// The automatic jobs by name, with their Danish words and the counts their runs record. Safe in the
// browser (the "Kør nu" form and the overview read these). What each job does is lib/jobs/registry.ts.
import type { Schedule } from "./schedule";

export const JOB_NAMES = ["renewal-reminders", "expire-memberships", "retention-purge", "email-delivery", "attendance-reminders"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const isJobName = (v: string): v is JobName => (JOB_NAMES as readonly string[]).includes(v);

export type JobInfo = { label: string; description: string; schedule: Schedule };

/** Each job's Danish name, what it does in a sentence, and when it runs. */
export const JOBS: Record<JobName, JobInfo> = {
  "renewal-reminders": {
    label: "Påmindelser om fornyelse",
    description: "Mailer medlemmer, hvis betalte periode snart udløber (antal dage står i indstillingerne). Én påmindelse pr. medlemskab og periode.",
    schedule: { kind: "daily", at: "09:00" },
  },
  "expire-memberships": {
    label: "Udløbne medlemskaber",
    description: "Markerer betalte og fritagne perioder, hvis sidste dag er passeret, som udløbet.",
    schedule: { kind: "daily", at: "00:30" },
  },
  "retention-purge": {
    label: "Sletning efter opbevaringsperioden",
    description: "Sletter afslåede og tilbagetrukne ansøgninger, interesselisten, ubekræftede indsendelser og gamle mails, når deres tid er gået.",
    schedule: { kind: "daily", at: "03:00" },
  },
  "email-delivery": {
    label: "Afsendelse af mails",
    description: "Sender mails, som ikke kom af sted med det samme, og prøver igen efter en fejl. Uden mailserver bliver de i udbakken.",
    schedule: { kind: "interval", minutes: 1 },
  },
  "attendance-reminders": {
    label: "Påmindelser om fremmøde",
    description:
      "Dagen efter en mødedag mailer den igangsætterne, hvis mødet ikke er registreret. Én påmindelse pr. gruppe og mødedag, uden deltagernes navne.",
    schedule: { kind: "daily", at: "09:00" },
  },
};

/** What a run records: named counts only (never names, addresses or free text). */
export type JobSummary = Record<string, number>;

const SUMMARY_LABELS: Record<string, (n: number) => string> = {
  sent: (n) => `${n} sendt`,
  retrying: (n) => `${n} prøves igen`,
  failed: (n) => `${n} opgivet`,
  noMailServer: () => "ingen mailserver (mails bliver i udbakken)",
  expired: (n) => `${n} ${n === 1 ? "periode" : "perioder"} udløbet`,
  lapsed: (n) => `${n} uden fornyelse`,
  applications: (n) => `${n} ansøgninger`,
  interest: (n) => `${n} på interesselisten`,
  outbox: (n) => `${n} mails`,
  unconfirmed: (n) => `${n} ubekræftede`,
  groups: (n) => `${n} ${n === 1 ? "gruppe" : "grupper"}`,
  emails: (n) => `${n} ${n === 1 ? "mail" : "mails"}`,
};

/** The summary as short Danish text: known keys only, in the order recorded. */
export function summaryText(json: string | null): string {
  if (!json) return "";
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return "";
  }
  if (!parsed || typeof parsed !== "object") return "";
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([key, value]) => Object.hasOwn(SUMMARY_LABELS, key) && typeof value === "number")
    .map(([key, value]) => SUMMARY_LABELS[key](value as number))
    .join(", ");
}

export const TRIGGERS = ["SCHEDULE", "MANUAL", "CLI"] as const;
export type JobTrigger = (typeof TRIGGERS)[number];
export const triggerLabel: Record<JobTrigger, string> = { SCHEDULE: "efter planen", MANUAL: "Kør nu", CLI: "fra kommandolinjen" };

/** "hver dag kl. 09.00" / "hvert minut" / "hvert 5. minut". */
export function scheduleText(schedule: Schedule): string {
  if (schedule.kind === "daily") return `hver dag kl. ${schedule.at.replace(":", ".")}`;
  return schedule.minutes === 1 ? "hvert minut" : `hvert ${schedule.minutes}. minut`;
}
