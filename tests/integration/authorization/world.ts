import { assignFacilitator, createAdmin, createApplication, createFacilitator, createGroup, createMember } from "../../helpers/fixtures";

/** The people and records every authorisation row runs against. Made fresh before each call. */
export async function createAuthzWorld() {
  const admin = await createAdmin();
  const facilitatorA = await createFacilitator({ name: "Anna Igangsætter" });
  const facilitatorB = await createFacilitator({ name: "Bo Igangsætter" });
  const groupA = await createGroup({ name: "Gruppe A", state: "STARTING" });
  const groupB = await createGroup({ name: "Gruppe B", state: "STARTING" });
  await assignFacilitator(groupA.id, facilitatorA.facilitator.id);
  await assignFacilitator(groupB.id, facilitatorB.facilitator.id);
  const member = await createMember();
  const applicationA = await createApplication(groupA.id, member.id);
  return { admin, facilitatorA, facilitatorB, groupA, groupB, member, applicationA };
}
