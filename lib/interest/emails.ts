import "server-only";
import type { EmailMessage } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { ageBandLabel } from "@/lib/groups/labels";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";
import type { InterestInput } from "./schema";

/** `topicLabel`: the entry's topic as the topic list names it (lib/topics/data.ts topicLabelIn). */
export function interestConfirmation(
  input: Pick<InterestInput, "name" | "email" | "ageBand"> & { topicLabel: string },
  coordinatorEmail: string,
  org: EmailOrg,
): EmailMessage {
  return {
    to: input.email,
    subject: subjectWithName(org, "Du er skrevet på interesselisten"),
    text: [
      `Kære ${input.name}`,
      `Tak fordi du har bekræftet. Du står nu på vores interesseliste for en gruppe om ${input.topicLabel.toLowerCase()} (${ageBandLabel[input.ageBand].toLowerCase()}).`,
      "Når der er nok, der ønsker det samme, og vi har igangsættere til en ny gruppe, kontakter vi dig.",
      "Vil du slettes fra listen, så skriv til os" +
        (coordinatorEmail ? ` på ${coordinatorEmail}.` : ".") +
        ` Læs mere på ${env().SITE_URL}/privatliv`,
      org.emailSignature,
    ].join("\n\n"),
  };
}
