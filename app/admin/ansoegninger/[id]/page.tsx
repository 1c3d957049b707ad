import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsentList, Facts, History } from "@/components/applications/application-facts";
import { DecisionPanel } from "@/components/applications/decision-panel";
import { MarkConfirmedButton } from "@/components/confirmations/mark-confirmed-button";
import { IntakeForm } from "@/components/applications/intake-form";
import { AdminWithdrawConsentButton } from "@/components/privacy/admin-withdraw-consent-button";
import { requireAdminPage } from "@/lib/auth/session";
import { getApplicationForAdmin, listIntakeUsers } from "@/lib/applications/data";
import { applicationStatusLabel, declineReasonLabel } from "@/lib/applications/labels";
import { canRecordIntake } from "@/lib/applications/rules";
import { formatDate, toDateInputValue } from "@/lib/format";
import { stateLabel } from "@/lib/groups/labels";
import { freeSeats } from "@/lib/groups/rules";
import { standingLabel } from "@/lib/members/labels";
import { hasValidMembership, memberStanding } from "@/lib/members/rules";
import { getSettings } from "@/lib/settings/data";

export const metadata = { title: "Ansøgning" };

const section = "space-y-3 rounded border border-sand-200 bg-white p-4";

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdminPage();
  const { id } = await params;
  const a = await getApplicationForAdmin(user, id);
  if (!a) notFound();
  const [users, settings] = await Promise.all([listIntakeUsers(user), getSettings()]);
  const now = new Date();
  const today = toDateInputValue(now);
  const { standing, periodEnd } = memberStanding(a.member.memberships, now);
  const membershipOk = hasValidMembership(a.member.memberships, now);
  const seats = freeSeats(a.group);
  const open = canRecordIntake(a.status);
  const feeKroner = String(settings.membershipFeeOre / 100).replace(".", ",");

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/ansoegninger">← Alle ansøgninger</Link>
      </p>
      <h1 className="text-2xl font-semibold">Ansøgning til {a.group.name}</h1>
      <p className="text-lg">
        Status: <strong>{applicationStatusLabel[a.status]}</strong>
        {a.declineReason ? ` – ${declineReasonLabel[a.declineReason]}` : null}
        {a.decidedAt ? ` (${formatDate(a.decidedAt)}${a.decidedByName ? `, ${a.decidedByName}` : ""})` : null}
      </p>

      {a.awaitsConfirmation ? (
        <section aria-labelledby="bekraeftelse" className="space-y-3 rounded border-2 border-accent-700 bg-white p-4">
          <h2 id="bekraeftelse" className="text-xl font-semibold">
            Ikke bekræftet endnu
          </h2>
          <p>
            Ansøgeren har ikke bekræftet ansøgningen via linket i sin email. Indtil da kan den ikke optages, sættes på venteliste eller afslås, for vi
            ved ikke, om emailadressen er ansøgerens egen. Bliver den ikke bekræftet, slettes den af sig selv.
          </p>
          <p>Har I talt sammen (fx ved forsamtalen), og har ansøgeren sagt, at ansøgningen er deres, kan du markere den som bekræftet.</p>
          <MarkConfirmedButton applicationId={a.id} />
        </section>
      ) : null}

      <section aria-labelledby="ansoeger" className={section}>
        <h2 id="ansoeger" className="text-xl font-semibold">
          Ansøger
        </h2>
        <Facts
          items={[
            ["Navn", a.member.name],
            [
              "Email",
              <a key="e" href={`mailto:${a.member.email}`}>
                {a.member.email}
              </a>,
            ],
            ["Telefon", a.member.phone ?? "Ikke oplyst"],
            ["Postnummer", a.member.postcode],
            ["Fødselsår", a.member.birthYear ?? "Ikke oplyst"],
            ["Medlemskab", `${standingLabel[standing]}${periodEnd ? ` til ${formatDate(periodEnd)}` : ""}`],
          ]}
        />
        <p>
          <Link href={`/admin/medlemmer/${a.member.id}`}>Se medlemskab og betalinger</Link>
        </p>
      </section>

      <section aria-labelledby="gruppe" className={section}>
        <h2 id="gruppe" className="text-xl font-semibold">
          Gruppen
        </h2>
        <Facts
          items={[
            ["Gruppe", a.group.name],
            ["Forløb", stateLabel[a.group.state]],
            [
              "Pladser",
              <span key="p" data-testid="ledige-pladser">{`${seats} af ${a.group.capacity} ledige (${a.group.activeParticipants} deltagere)`}</span>,
            ],
            ["Nye deltagere", a.group.openForNewcomers ? "Åben for nye" : "Lukket for nye"],
          ]}
        />
      </section>

      <section aria-labelledby="samtykker" className={section}>
        <h2 id="samtykker" className="text-xl font-semibold">
          Samtykker
        </h2>
        <ConsentList a={a} />
        {a.consentWithdrawnAt ? null : (
          <>
            <p className="text-muted">
              {a.status === "ACCEPTED"
                ? "Trækker ansøgeren sit samtykke tilbage, slutter deltagelsen i gruppen i dag, og ansøgningen markeres som trådt tilbage."
                : a.status === "RECEIVED" || a.status === "WAITLISTED"
                  ? "Trækker ansøgeren sit samtykke tilbage, markeres ansøgningen som trådt tilbage."
                  : "Ansøgningen er afgjort; tilbagetrækningen registreres."}{" "}
              Ansøgningen slettes, når opbevaringsperioden er gået.
            </p>
            <AdminWithdrawConsentButton applicationId={a.id} />
          </>
        )}
      </section>

      <section aria-labelledby="besked" className={section}>
        <h2 id="besked" className="text-xl font-semibold">
          Besked fra ansøgeren
        </h2>
        <p className="whitespace-pre-line">{a.message ? a.message : <span className="text-muted">Ingen besked.</span>}</p>
      </section>

      <section aria-labelledby="forsamtale" className={section}>
        <h2 id="forsamtale" className="text-xl font-semibold">
          Forsamtale
        </h2>
        {a.intakeHeldOn ? (
          <p>
            Holdt {formatDate(a.intakeHeldOn)}
            {a.intakeByName ? ` af ${a.intakeByName}` : ""}.
          </p>
        ) : (
          <p>Forsamtalen er ikke registreret endnu.</p>
        )}
        {open && !a.intakeHeldOn ? <IntakeForm applicationId={a.id} today={today} currentUserId={user.id} users={users} /> : null}
      </section>

      {open && !a.awaitsConfirmation ? (
        <section aria-labelledby="afgoerelse" className={section}>
          <h2 id="afgoerelse" className="text-xl font-semibold">
            Afgørelse
          </h2>
          {!membershipOk ? <p className="text-muted">Medlemskabet er ikke betalt eller fritaget for den nuværende periode.</p> : null}
          <DecisionPanel
            applicationId={a.id}
            memberId={a.member.id}
            canWaitlist={a.status === "RECEIVED"}
            feeKroner={feeKroner}
            today={today}
            pendingMembership={a.pendingMembership}
          />
        </section>
      ) : null}

      <section aria-labelledby="historik" className={section}>
        <h2 id="historik" className="text-xl font-semibold">
          Historik
        </h2>
        <History a={a} />
      </section>
    </div>
  );
}
