import type { PublicGroup } from "@/lib/groups/catalogue";
import { newcomerText } from "./group-format";

/** Whether the group takes newcomers, in words (the mark is decoration only). */
export function NewcomerStatus({ group }: { group: Pick<PublicGroup, "state" | "takesNewcomers" | "isFull"> }) {
  return (
    <p className={`font-medium ${group.takesNewcomers ? "text-success-700" : "text-muted"}`}>
      <span aria-hidden="true">{group.takesNewcomers ? "✓ " : "– "}</span>
      {newcomerText(group)}
    </p>
  );
}
