import "server-only";
// The one write on participations: a participant has left the group, which frees the seat. By the
// group's active facilitators and by administrators.
import { command } from "@/lib/command/define";
import * as data from "./data";
import { endParticipationInput } from "./schema";

export const endParticipation = command({
  name: "participations.end",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: endParticipationInput,
  run: (tx, _actor, input) => data.endParticipation(tx, input),
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
