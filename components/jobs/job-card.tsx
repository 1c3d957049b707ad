import { formatDateTime } from "@/lib/format";
import { JOBS, scheduleText, summaryText, triggerLabel } from "@/lib/jobs/labels";
import type { JobOverview } from "@/lib/jobs/overview-data";
import type { JobHealth } from "@/lib/jobs/schedule";
import { RunNowButton } from "./run-now-button";

const healthText: Record<JobHealth, string> = {
  ok: "I orden",
  running: "Kører nu",
  failed: "Fejlede",
  overdue: "Forsinket: har ikke kørt i over to perioder",
  never: "Har ikke kørt endnu",
};

const healthClass: Record<JobHealth, string> = {
  ok: "text-success-700",
  running: "text-brand-800",
  failed: "text-danger-700",
  overdue: "text-danger-700",
  never: "text-muted",
};

/** The job's state in words, with the error's kind when it failed (never its message). */
export function JobHealthText({ job }: { job: Pick<JobOverview, "health" | "last"> }) {
  const kind = job.health === "failed" && job.last?.errorKind ? ` (${job.last.errorKind === "Interrupted" ? "afbrudt" : job.last.errorKind})` : "";
  return (
    <span className={`font-semibold ${healthClass[job.health]}`}>
      {healthText[job.health]}
      {kind}
    </span>
  );
}

/** One automatic job: what it does, when, how its last run went, when it runs next, and "Kør nu". */
export function JobCard({ job, now }: { job: JobOverview; now: Date }) {
  const info = JOBS[job.name];
  const headingId = `opgave-${job.name}`;
  const attention = job.health === "failed" || job.health === "overdue";
  return (
    <section aria-labelledby={headingId} className={`space-y-3 rounded border-2 bg-white p-4 ${attention ? "border-danger-700" : "border-sand-200"}`}>
      <h2 id={headingId} className="text-xl font-semibold">
        {info.label}
      </h2>
      <p className="max-w-prose">{info.description}</p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Kører</dt>
        <dd>{scheduleText(info.schedule)}</dd>
        <dt className="font-medium">Status</dt>
        <dd>
          <JobHealthText job={job} />
        </dd>
        <dt className="font-medium">Seneste kørsel</dt>
        <dd>{job.last ? `${formatDateTime(job.last.startedAt)} (${triggerLabel[job.last.trigger]})` : "Ingen endnu"}</dd>
        <dt className="font-medium">Resultat</dt>
        <dd>{job.last ? summaryText(job.last.summary) || "–" : "–"}</dd>
        <dt className="font-medium">Næste kørsel</dt>
        <dd>{job.nextRunAt <= now ? "Nu (inden for et minut)" : formatDateTime(job.nextRunAt)}</dd>
      </dl>
      <RunNowButton job={job.name} label={info.label} />
    </section>
  );
}
