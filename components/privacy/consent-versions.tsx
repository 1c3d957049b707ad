import { consentFor, CONSENTS } from "@/lib/consents";

/** The current consent texts, in full, with the version stored beside every consent given. */
export function ConsentVersions({ orgName }: { orgName: string }) {
  const consents = CONSENTS.map((c) => consentFor(c, orgName));
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
