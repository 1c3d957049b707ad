// A member signed in to their own page ("Min side"), as the command pipeline and the self-service data
// functions see it. Never a staff user: it carries no role, and nothing that checks a role accepts it.
// Free of Next, so tests and scripts can act as a member too.
export type MemberActor = {
  kind: "member";
  memberId: string;
  /** The MemberSession row, so sign-out ends exactly this session. */
  sessionId: string;
};
