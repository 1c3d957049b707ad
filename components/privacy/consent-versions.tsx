import { CONFIDENTIALITY_CONSENT, FEE_CONSENT, INTEREST_CONSENT, MEMBER_DATA_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";

const consents = [MEMBER_DATA_CONSENT, CONFIDENTIALITY_CONSENT, SENSITIVE_DATA_CONSENT, FEE_CONSENT, INTEREST_CONSENT];

/** The current consent texts, in full, with the version stored beside every consent given. */
export function ConsentVersions() {
  return (
    <section aria-labelledby="samtykketekster" className="space-y-3">
      <h2 id="samtykketekster" className="text-2xl font-semibold">
        Samtykketeksterne
      </h2>
      <p>Vi gemmer, hvornår du gav hvert samtykke, og hvilken version af teksten du så.</p>
      {consents.map((c) => (
        <div key={c.key} className="rounded border border-sand-200 bg-white p-4">
          <h3 className="font-semibold">
            {c.title} <span className="font-normal text-muted">(version {c.version})</span>
          </h3>
          <p>{c.text}</p>
        </div>
      ))}
    </section>
  );
}
