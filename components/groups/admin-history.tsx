import { formatDateTime } from "@/lib/format";
import { stateLabel, type GroupStateValue } from "@/lib/groups/labels";

type Entry = {
  id: string;
  kind: string;
  fromState: GroupStateValue | null;
  toState: GroupStateValue | null;
  reason: string | null;
  actorName: string | null;
  createdAt: Date;
};

/** The group's lifecycle and decisions, newest first: who, when, from, to, why. */
export function AdminHistory({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p>Ingen historik endnu.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e) => (
        <li key={e.id} className="border-l-4 border-sand-200 pl-3">
          <p className="font-medium">
            {e.kind === "DECISION"
              ? "Gruppens aftaler ændret"
              : e.fromState && e.toState
                ? `${stateLabel[e.fromState]} → ${stateLabel[e.toState]}`
                : e.toState
                  ? `Oprettet: ${stateLabel[e.toState]}`
                  : "Ændring"}
          </p>
          {e.reason ? <p>{e.reason}</p> : null}
          <p className="text-base text-muted">
            {formatDateTime(e.createdAt)}
            {e.actorName ? ` · ${e.actorName}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
