import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CountCard } from "@/components/dashboard/count-card";
import { FormingNotices } from "@/components/dashboard/forming-notices";
import { requireUserPage } from "@/lib/auth/session";
import { getDashboardCounts, INTEREST_DEMAND_THRESHOLD } from "@/lib/dashboard/data";
import { JOBS } from "@/lib/jobs/labels";
import { jobsNeedingAttention } from "@/lib/jobs/overview-data";
import { listGroupsReadyToStart } from "@/lib/groups/forming";
import { listInterestNotices } from "@/lib/interest/demand";
import { countErasureRequests } from "@/lib/privacy/erasure-requests";
import { ageBandLabel, GROUP_STATES, stateLabel, stateSlug } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { topicAdminLabel } from "@/lib/topics/topics";

export const metadata: Metadata = { title: "Overblik" };

export default async function DashboardPage() {
  const user = await requireUserPage();
  if (user.role !== "ADMIN") redirect("/admin/mine-grupper");
  const [c, failingJobs, readyGroups, interestNotices, erasureRequests, topics] = await Promise.all([
    getDashboardCounts(user),
    jobsNeedingAttention(user),
    listGroupsReadyToStart(user),
    listInterestNotices(user),
    countErasureRequests(user),
    getTopics(),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-semibold">Overblik</h1>

      {failingJobs.length > 0 ? (
        <section aria-labelledby="opgaver-advarsel" className="space-y-2 rounded border-2 border-danger-700 bg-white p-4">
          <h2 id="opgaver-advarsel" className="text-xl font-semibold text-danger-700">
            Automatiske opgaver kræver opmærksomhed
          </h2>
          <ul className="list-disc pl-6">
            {failingJobs.map((j) => (
              <li key={j.name}>
                {JOBS[j.name].label}: {j.health === "failed" ? "seneste kørsel fejlede" : "har ikke kørt i over to perioder"}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/admin/drift">Se de automatiske opgaver</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="skal-goeres" className="space-y-3">
        <h2 id="skal-goeres" className="text-2xl font-semibold">
          Det venter på dig
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
          <CountCard href="/admin/ansoegninger?status=ny" count={c.newApplications} label="Nye ansøgninger" hint="Mangler en forsamtale" />
          <CountCard
            href="/admin/ansoegninger?status=afventer-beslutning"
            count={c.awaitingDecision}
            label="Afventer beslutning"
            hint="Forsamtalen er holdt"
          />
          <CountCard href="/admin/ansoegninger?status=venteliste" count={c.waitlisted} label="På venteliste" />
          <CountCard href="/admin/medlemmer?liste=afventer-betaling" count={c.awaitingPayment} label="Medlemskaber afventer betaling" />
          <CountCard href="/admin/medlemmer?liste=udloeber" count={c.expiringSoon} label={`Medlemskaber udløber inden for ${c.reminderDays} dage`} />
          <CountCard href="/admin/igangsaettere?ledige=1" count={c.freeFacilitators} label="Igangsættere uden gruppe" hint="Med gennemført kursus" />
          <CountCard href="/admin/privatliv#sletning" count={erasureRequests} label="Anmodninger om sletning" hint="Fra Min side" />
        </ul>
      </section>

      <FormingNotices groups={readyGroups} interest={interestNotices} topics={topics} />

      <section aria-labelledby="grupper" className="space-y-3">
        <h2 id="grupper" className="text-2xl font-semibold">
          Grupper
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {GROUP_STATES.map((state) => (
            <CountCard key={state} href={`/admin/grupper?fase=${stateSlug[state]}`} count={c.groupsByState[state]} label={stateLabel[state]} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="interesse" className="space-y-3">
        <h2 id="interesse" className="text-2xl font-semibold">
          Interesse uden gruppe
        </h2>
        <p className="max-w-prose">Emner og aldersgrupper, hvor mindst {INTEREST_DEMAND_THRESHOLD} personer venter på en ny gruppe.</p>
        {c.interestDemand.length === 0 ? (
          <p className="text-muted">Ingen steder venter {INTEREST_DEMAND_THRESHOLD} eller flere lige nu.</p>
        ) : (
          <table className="w-full max-w-xl border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-sand-200">
                <th scope="col" className="py-2 pr-4">
                  Emne
                </th>
                <th scope="col" className="py-2 pr-4">
                  Aldersgruppe
                </th>
                <th scope="col" className="py-2 text-right">
                  Venter
                </th>
              </tr>
            </thead>
            <tbody>
              {c.interestDemand.map((d) => (
                <tr key={`${d.topic}-${d.ageBand}`} className="border-b border-sand-200">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {topicAdminLabel(topics, d.topic)}
                  </th>
                  <td className="py-2 pr-4">{ageBandLabel[d.ageBand]}</td>
                  <td className="py-2 text-right">{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
