// Who is calling: the signed-in user as the command pipeline and the data functions see it. Free of
// Next, so scripts can act as a user too.
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "FACILITATOR";
  facilitatorId: string | null;
};
