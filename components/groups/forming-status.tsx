import { formatDate } from "@/lib/format";
import type { PublicGroup } from "@/lib/groups/catalogue";
import { formingText, showsExpectedStart } from "@/lib/groups/forming-rules";
import { todayInDenmark } from "@/lib/validation/fields";

type Props = { group: Pick<PublicGroup, "forming" | "expectedStartOn" | "takesNewcomers"> };

/** The catalogue card's short line for a planned group: how many more it needs. Counts only, never who. */
export function FormingLine({ group }: Props) {
  if (!group.forming) return null;
  return <p className="text-brand-800">{formingText(group.forming)}</p>;
}

/** The group page's box for a planned group: how many more it needs, its expected start, and that applying now means the first round. */
export function FormingPanel({ group }: Props) {
  if (!group.forming) return null;
  const expected = group.expectedStartOn;
  return (
    <div className="space-y-2 rounded border border-brand-700/30 bg-brand-50 p-3 text-brand-800">
      <p className="font-semibold">{formingText(group.forming)}</p>
      <p>
        {showsExpectedStart(expected, todayInDenmark())
          ? `Vi forventer at starte omkring ${formatDate(expected)}.`
          : "Vi fastsætter datoen for første møde, når gruppen er samlet."}
      </p>
      {group.takesNewcomers ? <p>Søger du nu, er du med fra gruppens første møde.</p> : null}
    </div>
  );
}
