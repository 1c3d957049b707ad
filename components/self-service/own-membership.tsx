import { PaymentInfo } from "@/components/signup/payment-info";
import { formatDate, formatKroner } from "@/lib/format";
import { ownMembershipLabel } from "@/lib/members/self-labels";
import { renewMembership } from "@/lib/self-service/actions";
import type { OwnPage } from "@/lib/self-service/view-data";
import { SelfActionButton } from "./self-action-button";

const period = (m: OwnPage["memberships"][number]) =>
  m.periodStart && m.periodEnd ? `${formatDate(m.periodStart)} – ${formatDate(m.periodEnd)}` : "Starter, når du har betalt";

/** The member's periods, how to pay one awaiting payment, and the renewal button when renewing is due. */
export function OwnMembership({ page }: { page: OwnPage }) {
  return (
    <section aria-labelledby="medlemskab" className="space-y-4">
      <h2 id="medlemskab" className="text-2xl font-semibold">
        Dit medlemskab
      </h2>
      {page.memberships.length === 0 ? (
        <p>Du har ikke et medlemskab endnu.</p>
      ) : (
        <ul className="space-y-2">
          {page.memberships.map((m) => (
            <li key={m.id} className="rounded border border-sand-200 bg-white p-3">
              <p className="font-semibold">{ownMembershipLabel[m.status]}</p>
              <p>
                Periode: {period(m)}
                {m.status === "PENDING_PAYMENT" ? ` · Kontingent ${formatKroner(m.feeOre)}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.payment ? (
        <PaymentInfo feeOre={page.payment.feeOre} mobilePayNumber={page.payment.mobilePayNumber} bankAccount={page.payment.bankAccount} />
      ) : null}
      {page.renewal === "RENEW" ? (
        <div className="space-y-2">
          <p>{page.memberships.length === 0 ? "Vil du være medlem?" : "Dit medlemskab udløber snart eller er udløbet."}</p>
          <SelfActionButton action={renewMembership} variant="primary" done="Din nye periode er oprettet. Se nedenfor, hvordan du betaler.">
            Forny mit medlemskab
          </SelfActionButton>
        </div>
      ) : null}
    </section>
  );
}
