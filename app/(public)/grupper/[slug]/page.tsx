import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AddToCalendar } from "@/components/groups/add-to-calendar";
import { GroupCardList } from "@/components/groups/group-card";
import { FormingPanel } from "@/components/groups/forming-status";
import { GroupFacts } from "@/components/groups/group-facts";
import { GroupPrinciples } from "@/components/groups/group-principles";
import { GroupStructuredData } from "@/components/groups/group-structured-data";
import { NewcomerStatus } from "@/components/groups/newcomer-status";
import { NextSteps } from "@/components/groups/next-steps";
import { StateBadge } from "@/components/groups/state-badge";
import { ApplyCallToAction } from "@/components/signup/apply-call-to-action";
import { formatDate } from "@/lib/format";
import { getPublicGroup, listSimilarGroups } from "@/lib/groups/catalogue";
import { catalogueHref } from "@/lib/groups/filters";
import { ageBandLabel } from "@/lib/groups/labels";
import { isBeforeWithdrawal } from "@/lib/groups/rules";
import { interestHref } from "@/lib/interest/links";
import { getTopics } from "@/lib/topics/cache";
import { topicOf } from "@/lib/topics/topics";
import { getIdentity, getSettings } from "@/lib/settings/data";

// Rendered on first visit and then served from the cache. Every write that changes what this page
// shows declares a group change, and the command pipeline revalidates the page when it commits
// (lib/cache/invalidate.ts).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Params = Promise<{ slug: string }>;

// One database read per request, shared by the metadata and the page.
const loadGroup = cache(getPublicGroup);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [group, topics] = await Promise.all([loadGroup((await params).slug), getTopics()]);
  if (!group) return { title: "Gruppen findes ikke" };
  return {
    title: group.state === "ENDED" ? `${group.name} (afsluttet)` : group.name,
    description: `${topicOf(topics, group.topic).label} · ${ageBandLabel[group.ageBand]}. ${group.description}`.slice(0, 160),
  };
}

export default async function GroupPage({ params }: { params: Params }) {
  const group = await loadGroup((await params).slug);
  if (!group) notFound();
  const ended = group.state === "ENDED";
  const [settings, { orgName }, similar, topics] = await Promise.all([
    getSettings(),
    getIdentity(),
    ended ? listSimilarGroups(group) : Promise.resolve([]),
    getTopics(),
  ]);
  // A retired topic still names the group, but is no longer a filter of the catalogue.
  const topic = topicOf(topics, group.topic);

  return (
    <article className="space-y-8">
      <GroupStructuredData group={group} topics={topics} />
      <p>
        <Link prefetch={false} href="/grupper">
          ← Alle grupper
        </Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold">{group.name}</h1>
        <p className="text-lg text-muted">
          {topic.retired ? (
            topic.label
          ) : (
            <Link prefetch={false} href={catalogueHref({ topic })}>
              {topic.label}
            </Link>
          )}{" "}
          ·{" "}
          <Link prefetch={false} href={catalogueHref({ ageBand: group.ageBand })}>
            {ageBandLabel[group.ageBand]}
          </Link>
        </p>
        <StateBadge state={group.state} />
      </header>

      {ended ? (
        <section aria-labelledby="ended-heading" className="space-y-4 rounded-lg border border-sand-200 bg-sand-100 p-5">
          <h2 id="ended-heading" className="text-2xl font-semibold">
            Gruppen er afsluttet
          </h2>
          <p>
            Denne gruppe er afsluttet{group.endedAt ? ` (${formatDate(group.endedAt)})` : ""} og tager ikke imod nye deltagere.
            {similar.length > 0 ? " Måske passer en af disse grupper til dig:" : null}
          </p>
          {similar.length > 0 ? (
            <GroupCardList groups={similar} topics={topics} />
          ) : (
            <p>
              Lige nu har vi ikke en lignende gruppe.{" "}
              <Link prefetch={false} href={interestHref(topic, group.ageBand)}>
                Skriv dig på interesselisten
              </Link>
              , så kontakter vi dig, hvis vi starter en ny.
            </p>
          )}
          <p>
            <Link prefetch={false} href="/grupper">
              Se alle grupper
            </Link>
            {similar.length > 0 ? (
              <>
                {" "}
                eller{" "}
                <Link prefetch={false} href={interestHref(topic, group.ageBand)}>
                  skriv dig på interesselisten
                </Link>
              </>
            ) : null}
          </p>
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="facts-heading" className="h-fit space-y-4 rounded-lg border border-sand-200 bg-white p-5 lg:order-last">
          <h2 id="facts-heading" className="text-xl font-semibold">
            Praktisk
          </h2>
          <GroupFacts group={group} topic={topic} />
          <NewcomerStatus group={group} />
          <AddToCalendar group={group} />
          <FormingPanel group={group} />
        </section>
        <div className="max-w-prose space-y-8">
          <section aria-labelledby="about-heading" className="space-y-3">
            <h2 id="about-heading" className="text-2xl font-semibold text-brand-800">
              Om gruppen
            </h2>
            <p>{group.description}</p>
            {isBeforeWithdrawal(group.state) ? (
              <p>I starten er 1–2 frivillige igangsættere med i gruppen. De har været på igangsætterkursus.</p>
            ) : null}
            {group.state === "WITHDRAWING" ? <p>Gruppen er ved at kunne klare sig selv, og igangsætterne deltager efterhånden sjældnere.</p> : null}
            {group.state === "SELF_RUNNING" ? (
              <p>Igangsætterne har trukket sig, og deltagerne driver nu selv gruppen og beslutter, hvordan den skal fortsætte.</p>
            ) : null}
          </section>
          {ended ? null : <GroupPrinciples />}
          {ended ? null : (
            <NextSteps group={group} feeOre={settings.membershipFeeOre} coordinatorEmail={settings.coordinatorEmail} orgName={orgName} />
          )}
          {ended ? null : <ApplyCallToAction slug={group.slug} topic={topic} ageBand={group.ageBand} takesNewcomers={group.takesNewcomers} />}
        </div>
      </div>
    </article>
  );
}
