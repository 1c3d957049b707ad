import type { Metadata } from "next";
import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";
import { JobCard } from "@/components/jobs/job-card";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { JOBS, summaryText, triggerLabel } from "@/lib/jobs/labels";
import { listJobOverview, listRecentRuns } from "@/lib/jobs/overview-data";

export const metadata: Metadata = { title: "Automatiske opgaver" };

export default async function JobsPage() {
  const admin = await requireAdminPage();
  const now = new Date();
  const [jobs, runs] = await Promise.all([listJobOverview(admin, now), listRecentRuns(admin)]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Automatiske opgaver</h1>
      <p className="max-w-prose">
        Systemet udfører disse opgaver af sig selv. Kører siden på flere servere, udføres hver opgave kun ét sted ad gangen. Tider er dansk tid.
        Ændringer, som opgaverne laver, står i loggen med &quot;Systemet&quot; som udført af.
      </p>
      {jobs.map((job) => (
        <JobCard key={job.name} job={job} now={now} />
      ))}
      <section aria-labelledby="seneste-koersler" className="space-y-3">
        <h2 id="seneste-koersler" className="text-xl font-semibold">
          Seneste kørsler
        </h2>
        {runs.length === 0 ? (
          <p className="text-muted">Ingen kørsler endnu.</p>
        ) : (
          <DataTable
            label="Tabel over seneste kørsler"
            caption="Seneste kørsler"
            columns={["Opgave", "Startet", "Udløst", "Resultat", "Opsummering"]}
          >
            {runs.map((r) => (
              <tr key={r.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>
                  {JOBS[r.job]?.label ?? "Ukendt opgave"}
                </th>
                <td className={cellClass}>{formatDateTime(r.startedAt)}</td>
                <td className={cellClass}>{triggerLabel[r.trigger] ?? "–"}</td>
                <td className={cellClass}>
                  {r.outcome === "OK"
                    ? "OK"
                    : r.outcome === "FAILED"
                      ? `Fejlede (${r.errorKind === "Interrupted" ? "afbrudt" : (r.errorKind ?? "ukendt")})`
                      : "Kører"}
                </td>
                <td className={cellClass}>{summaryText(r.summary) || "–"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
