// The yearly figures as CSV for the municipality, with the register export's format (UTF-8 BOM,
// semicolons, CRLF). Participant cells are suppressed exactly as on the page. Pure.
import { CSV_BOM, csvLine } from "@/lib/members/csv";
import { ageBandLabel } from "@/lib/groups/labels";
import { RETIRED_MARK } from "@/lib/topics/topics";
import { suppress, type TopicRow, type YearlyFigures } from "./rules";

export const STATISTICS_HEADER = ["År", "Afsnit", "Kategori", "Antal"];

/** A topic as the figures name it: its label, marked when it is retired. */
export const topicRowLabel = (t: Pick<TopicRow, "label" | "retired">) => (t.retired ? `${t.label} (${RETIRED_MARK})` : t.label);

export function statisticsCsv(f: YearlyFigures): string {
  const row = (section: string, category: string, value: string | number) => csvLine([f.year, section, category, value]);
  const lines = [
    csvLine(STATISTICS_HEADER),
    row("Grupper", "Aktive i året", f.groups.active),
    row("Grupper", "Startet (gik i opstart)", f.groups.started),
    row("Grupper", "Blev selvkørende", f.groups.selfRunning),
    row("Grupper", "Afsluttet", f.groups.ended),
    ...f.byTopic.flatMap((t) => [
      row("Deltagere efter emne", topicRowLabel(t), suppress(t.participants)),
      row("Aktive grupper efter emne", topicRowLabel(t), t.activeGroups),
      row("Møder holdt efter emne", topicRowLabel(t), t.meetings),
    ]),
    row("Deltagere i alt", "Forskellige personer", suppress(f.participantsTotal)),
    ...f.byAgeBand.map((a) => row("Deltagere efter aldersgruppe", ageBandLabel[a.ageBand], suppress(a.participants))),
    row("Møder holdt i alt", "Alle emner", f.meetingsTotal),
    row("Medlemmer", "Nye medlemmer", f.members.newMembers),
    row("Medlemmer", "Betalte medlemskaber", f.members.paidMemberships),
    row("Medlemmer", "Fritagne medlemskaber", f.members.waivedMemberships),
  ];
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
