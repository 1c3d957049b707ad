import { InterestForm } from "@/components/interest/interest-form";
import type { AgeBandValue } from "@/lib/groups/labels";
import { registerInterest } from "@/lib/interest/actions";
import { activeTopics, type TopicKey, type TopicList } from "@/lib/topics/topics";

/** The interest page, with a topic and an age band chosen beforehand when the link named them. Only topics in use are offered. */
export function InterestView({ topics, orgName, topic, ageBand }: { topics: TopicList; orgName: string; topic?: TopicKey; ageBand?: AgeBandValue }) {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Skriv dig på interesselisten</h1>
      <p>
        Findes der ikke en åben gruppe om det, du står i? Skriv dig på listen. Når nok mennesker ønsker det samme, og vi har frivillige igangsættere,
        starter vi en ny gruppe – og så kontakter vi dig.
      </p>
      <p>Du bliver ikke medlem af noget ved at skrive dig på listen, og det er gratis.</p>
      <InterestForm action={registerInterest} topics={activeTopics(topics)} topic={topic} ageBand={ageBand} orgName={orgName} />
    </div>
  );
}
