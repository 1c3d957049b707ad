import Link from "next/link";
import { formatDate } from "@/lib/format";
import { cancelErasure, requestErasure } from "@/lib/self-service/actions";
import { SelfActionButton } from "./self-action-button";

/** Downloading the member's own data, and asking for (or taking back) erasure. */
export function OwnData({ erasureRequestedAt, consentAt }: { erasureRequestedAt: Date | null; consentAt: Date }) {
  return (
    <section aria-labelledby="dine-data" className="space-y-4">
      <h2 id="dine-data" className="text-2xl font-semibold">
        Dine data
      </h2>
      <p>
        Du gav samtykke til, at vi gemmer dine oplysninger, den {formatDate(consentAt)}. Vil du trække det tilbage, så bed om at blive slettet
        nedenfor.
      </p>
      <p>
        {/* A plain link: the route handler answers with a file download. */}
        <a href="/min-side/mine-data" download className="font-medium">
          Hent alle dine data (JSON-fil)
        </a>
      </p>
      {erasureRequestedAt ? (
        <div className="space-y-2 rounded border-2 border-brand-700 bg-white p-3">
          <p>
            Du bad om at blive slettet den {formatDate(erasureRequestedAt)}. En koordinator sletter dine oplysninger snarest. Medlemskaber og
            betalinger gemmes uden dit navn, fordi bogføringsloven kræver det.
          </p>
          <SelfActionButton action={cancelErasure} done="Din anmodning om sletning er trukket tilbage.">
            Fortryd – slet mig ikke
          </SelfActionButton>
        </div>
      ) : (
        <div className="space-y-2">
          <p>
            Du kan bede os om at slette alt, hvad vi har gemt om dig: ansøgninger, gruppedeltagelse, interesseliste og mails. En koordinator bekræfter
            sletningen. Læs mere under <Link href="/privatliv">Privatliv og dine data</Link>.
          </p>
          <SelfActionButton
            action={requestErasure}
            confirm="Bed om at få alle dine oplysninger slettet? Du stopper i eventuelle grupper, når sletningen er bekræftet."
            variant="danger"
          >
            Bed om at blive slettet
          </SelfActionButton>
        </div>
      )}
    </section>
  );
}
