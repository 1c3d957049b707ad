import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ButtonLink } from "@/components/forms/buttons";
import { ApplicationForm } from "@/components/signup/application-form";
import { GroupSummary } from "@/components/signup/group-summary";
import { PaymentInfo } from "@/components/signup/payment-info";
import { interestHref } from "@/lib/interest/links";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { applyToGroup } from "@/lib/signup/actions";
import { getGroupForApplyPage } from "@/lib/groups/catalogue";
import { AVAILABILITY_MESSAGE } from "@/lib/signup/rules";
import { getTopics } from "@/lib/topics/cache";
import { topicOf } from "@/lib/topics/topics";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit and then served from the cache, like the group page: every write that changes
// whether the group takes an application (state, openness, capacity, participants) declares a group
// change, which revalidates this page too (lib/cache/invalidate.ts). proxy.ts answers slugs no group
// has before this page renders, so they leave nothing in the cache.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// One read (a direct count of the group's active participants), shared by the metadata and the page.
const loadGroup = cache(getGroupForApplyPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).slug);
  return { title: group ? `Søg om plads: ${group.name}` : "Gruppen findes ikke" };
}

export default async function ApplyPage({ params }: Props) {
  const { slug } = await params;
  const group = await loadGroup(slug);
  if (!group) notFound();
  const [settings, topics, { orgName }] = await Promise.all([getSettings(), getTopics(), getIdentity()]);
  const closed = group.availability === "OPEN" ? null : group.availability;

  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link prefetch={false} href={`/grupper/${group.slug}`}>
          ← Tilbage til gruppen
        </Link>
      </p>
      <h1 className="text-3xl font-semibold">Søg om plads i {group.name}</h1>
      <GroupSummary group={group} topics={topics} />

      {!closed ? (
        <>
          <section aria-labelledby="saadan" className="space-y-2">
            <h2 id="saadan" className="text-2xl font-semibold">
              Sådan foregår det
            </h2>
            <ol className="list-decimal space-y-1 pl-6">
              <li>Du sender ansøgningen her. Er du ikke medlem, bliver du det samtidig.</li>
              <li>En koordinator ringer til dig for en kort forsamtale om gruppen, og om den passer til dig.</li>
              <li>Derefter hører du, om du kan starte i gruppen – eller om du kommer på venteliste.</li>
            </ol>
            <p>
              Grupperne bygger på <strong>gensidighed, ligeværd og anerkendelse</strong>. Du deler kun det, du selv har lyst til.
            </p>
          </section>
          <PaymentInfo feeOre={settings.membershipFeeOre} mobilePayNumber={settings.mobilePayNumber} bankAccount={settings.bankAccount} />
          <section aria-labelledby="ansoegning" className="space-y-4">
            <h2 id="ansoegning" className="text-2xl font-semibold">
              Din ansøgning
            </h2>
            <ApplicationForm groupId={group.id} action={applyToGroup} orgName={orgName} />
          </section>
        </>
      ) : (
        <section aria-labelledby="lukket" className="space-y-4 rounded border border-sand-200 bg-sand-100 p-4">
          <h2 id="lukket" className="text-2xl font-semibold">
            Du kan ikke søge denne gruppe lige nu
          </h2>
          <p>{AVAILABILITY_MESSAGE[closed]}</p>
          <ButtonLink href={interestHref(topicOf(topics, group.topic), group.ageBand)}>Skriv dig på interesselisten</ButtonLink>
          <p>
            Eller{" "}
            <Link prefetch={false} href="/grupper">
              se de andre grupper
            </Link>
            .
          </p>
        </section>
      )}
    </div>
  );
}
