import { InterestForm } from "@/components/interest/interest-form";
import type { AgeBandValue, TopicValue } from "@/lib/groups/labels";
import { registerInterest } from "@/lib/interest/actions";
import { getIdentity } from "@/lib/settings/data";

/** The interest page, with a topic and an age band chosen beforehand when the link named them. */
export async function InterestView({ topic, ageBand }: { topic?: TopicValue; ageBand?: AgeBandValue }) {
  const { orgName } = await getIdentity();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Skriv dig på interesselisten</h1>
      <p>
        Findes der ikke en åben gruppe om det, du står i? Skriv dig på listen. Når nok mennesker ønsker det samme, og vi har frivillige igangsættere,
        starter vi en ny gruppe – og så kontakter vi dig.
      </p>
      <p>Du bliver ikke medlem af noget ved at skrive dig på listen, og det er gratis.</p>
      <InterestForm action={registerInterest} topic={topic} ageBand={ageBand} orgName={orgName} />
    </div>
  );
}
