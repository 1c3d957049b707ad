import { formatDate } from "@/lib/format";
import type { FormingProgress } from "@/lib/groups/forming-rules";

/** The coordinator's view of a planned group's count: how many count, the minimum and the expected start. */
export function AdminFormingLine({ progress, expectedStartOn }: { progress: FormingProgress; expectedStartOn: Date | null }) {
  const { counted, minimum, needed } = progress;
  return (
    <p>
      <strong>Gruppen samles:</strong> {counted} af mindst {minimum} tæller med (optagne og ansøgere med holdt forsamtale)
      {needed > 0 ? ` – der mangler ${needed}.` : " – gruppen har nok deltagere til at starte."}
      {expectedStartOn ? ` Forventet start: ${formatDate(expectedStartOn)}.` : ""}
    </p>
  );
}
