import "server-only";
import { sendEmail, type EmailMessage } from "@/lib/email/send";
import { env } from "@/lib/env";
import { ageBandLabel, topicLabel } from "@/lib/groups/labels";
import { getSettings } from "@/lib/settings/data";
import type { InterestInput } from "./schema";

export function interestConfirmation(input: InterestInput, coordinatorEmail: string): EmailMessage {
  return {
    to: input.email,
    subject: "Du er skrevet på interesselisten – Selvhjælp Herning",
    text: [
      `Kære ${input.name}`,
      `Tak. Du står nu på vores interesseliste for en gruppe om ${topicLabel[input.topic].toLowerCase()} (${ageBandLabel[input.ageBand].toLowerCase()}).`,
      "Når der er nok, der ønsker det samme, og vi har igangsættere til en ny gruppe, kontakter vi dig.",
      "Vil du slettes fra listen, så skriv til os" +
        (coordinatorEmail ? ` på ${coordinatorEmail}.` : ".") +
        ` Læs mere på ${env().SITE_URL}/privatliv`,
      "Venlig hilsen\nSelvhjælp Herning",
    ].join("\n\n"),
  };
}

export async function sendInterestEmail(input: InterestInput) {
  try {
    const { coordinatorEmail } = await getSettings();
    await sendEmail(interestConfirmation(input, coordinatorEmail));
  } catch (error) {
    console.error(`[interest] email could not be queued: ${(error as Error).name}`);
  }
}
