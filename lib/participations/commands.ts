import "server-only";
// The one write on participations: a participant has left the group, which frees the seat. By the
// group's active facilitators and by administrators.
import { alsoWhenDone, command } from "@/lib/command/define";
import { syncFormingNotice } from "@/lib/groups/forming";
import * as data from "./data";
import { endParticipationInput } from "./schema";

export const endParticipation = command({
  name: "participations.end",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: endParticipationInput,
  // A planned group that loses a participant may fall below its minimum again (lib/groups/forming.ts).
  run: (tx, _actor, input) => alsoWhenDone(data.endParticipation(tx, input), () => syncFormingNotice(tx, input.groupId)),
  refusals: {
    NOT_FOUND: "Deltageren findes ikke i denne gruppe.",
    ALREADY_ENDED: "Deltageren er allerede registreret som stoppet.",
    BEFORE_JOINING: { field: "leftOn", message: "Datoen ligger før deltageren kom i gruppen." },
  },
  audit: {
    verb: "participation.end",
    entity: (input) => ({ type: "Participation", id: input.participationId }),
    details: (input) => ({ groupId: input.groupId }),
  },
  // The freed seat shows on the public catalogue and the group's pages.
  invalidates: (_input, d) => [{ kind: "group", id: d.groupId, slug: d.slug }],
});
