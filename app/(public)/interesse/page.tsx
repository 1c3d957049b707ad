import type { Metadata } from "next";
import { InterestForm } from "@/components/interest/interest-form";
import { registerInterest } from "@/lib/interest/actions";
import { ageBandFromSlug, topicFromSlug } from "@/lib/interest/links";
import { getTopics } from "@/lib/topics/cache";
import { activeTopics } from "@/lib/topics/topics";

export const metadata: Metadata = { title: "Interesseliste" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InterestPage({ searchParams }: Props) {
  const [query, topics] = await Promise.all([searchParams, getTopics()]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Skriv dig på interesselisten</h1>
      <p>
        Findes der ikke en åben gruppe om det, du står i? Skriv dig på listen. Når nok mennesker ønsker det samme, og vi har frivillige igangsættere,
        starter vi en ny gruppe – og så kontakter vi dig.
      </p>
      <p>Du bliver ikke medlem af noget ved at skrive dig på listen, og det er gratis.</p>
      <InterestForm
        action={registerInterest}
        topics={activeTopics(topics)}
        topic={topicFromSlug(topics, query.emne)}
        ageBand={ageBandFromSlug(query.alder)}
      />
    </div>
  );
}
