import Link from "next/link";
import { formatDate } from "@/lib/format";
import { formingText } from "@/lib/groups/forming-rules";
import { consentWithdrawalEffect, CONSENT_WITHDRAWN_TEXT, ownApplicationLabel, ownFormingText } from "@/lib/members/self-labels";
import { withdrawApplication, withdrawConsent } from "@/lib/self-service/actions";
import type { OwnPage } from "@/lib/self-service/view-data";
import { SelfActionButton } from "./self-action-button";

type Application = OwnPage["applications"][number];

function Consents({ a }: { a: Application }) {
  const { consents } = a;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-medium">Dine samtykker til denne ansøgning</summary>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Tavshedspligt, lovet {formatDate(consents.confidentialityAt)}. Den gælder også, når du ikke længere er i gruppen, og kan ikke trækkes
          tilbage.
        </li>
        <li>Behandling af følsomme oplysninger, givet {formatDate(consents.sensitiveDataAt)}.</li>
        <li>Medlemskab og kontingent, accepteret {formatDate(consents.feeAt)}. Du stopper ved ikke at forny medlemskabet.</li>
      </ul>
      {consents.withdrawnAt ? (
        <p className="mt-2">
          {CONSENT_WITHDRAWN_TEXT} ({formatDate(consents.withdrawnAt)})
        </p>
      ) : (
        <div className="mt-2 space-y-2">
          <p>Trækker du samtykket til behandling af følsomme oplysninger tilbage: {consentWithdrawalEffect[consents.withdrawal]}</p>
          <SelfActionButton
            action={withdrawConsent}
            input={{ applicationId: a.id }}
            label={`Træk samtykket tilbage for ansøgningen til ${a.group.name}`}
            confirm={`Træk dit samtykke tilbage? ${consentWithdrawalEffect[consents.withdrawal]}`}
            variant="danger"
          >
            Træk samtykket tilbage
          </SelfActionButton>
        </div>
      )}
    </details>
  );
}

/** A planned group's count: how many are missing, and how many have had their intake of the minimum. Never who. */
function OwnForming({ forming }: { forming: NonNullable<Application["forming"]> }) {
  return (
    <div className="space-y-1 rounded border border-brand-700/30 bg-brand-50 p-3 text-brand-800">
      <p className="font-semibold">{formingText(forming)}</p>
      <p>{ownFormingText(forming)}</p>
    </div>
  );
}

/** The member's applications with an honest status, and what they can still do about each. */
export function OwnApplications({ applications }: { applications: Application[] }) {
  return (
    <section aria-labelledby="ansoegninger" className="space-y-4">
      <h2 id="ansoegninger" className="text-2xl font-semibold">
        Dine ansøgninger
      </h2>
      {applications.length === 0 ? (
        <p>
          Du har ingen ansøgninger. <Link href="/grupper">Find en gruppe</Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {applications.map((a) => (
            <li key={a.id} className="space-y-1 rounded border border-sand-200 bg-white p-3">
              <h3 className="text-lg font-semibold">
                <Link href={`/grupper/${a.group.slug}`}>{a.group.name}</Link>
              </h3>
              <p>
                <strong>{ownApplicationLabel[a.state].title}</strong> · søgt {formatDate(a.createdAt)}
                {a.intakeHeldOn ? ` · forsamtale ${formatDate(a.intakeHeldOn)}` : null}
              </p>
              <p>{ownApplicationLabel[a.state].text}</p>
              {a.onlineUrl ? (
                <p>
                  Gruppen mødes online: <a href={a.onlineUrl}>gå til gruppens onlinemøde</a>. Del ikke linket med andre.
                </p>
              ) : null}
              {a.forming ? <OwnForming forming={a.forming} /> : null}
              {a.canWithdraw ? (
                <SelfActionButton
                  action={withdrawApplication}
                  input={{ applicationId: a.id }}
                  label={`Træk ansøgningen tilbage: ${a.group.name}`}
                  confirm="Træk ansøgningen tilbage? Du kan søge igen senere."
                >
                  Træk ansøgningen tilbage
                </SelfActionButton>
              ) : null}
              <Consents a={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
