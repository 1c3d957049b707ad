import { adminOnly, type RouteContext, type RouteExpectation } from "./types";

const GROUP_ID = "ruter-gruppe";

/** A group the route-test facilitator is actively assigned to, with a fixed id. */
async function assignedGroup({ db, facilitator }: RouteContext) {
  await db.group.upsert({
    where: { id: GROUP_ID },
    update: {},
    create: {
      id: GROUP_ID,
      slug: "ruter-gruppe",
      name: "Rutetestgruppe",
      topic: "GRIEF",
      ageBand: "ADULTS",
      description: "Gruppe til rutetest.",
      state: "STARTING",
    },
  });
  const existing = await db.facilitatorAssignment.findFirst({
    where: { groupId: GROUP_ID, facilitatorId: facilitator.facilitatorId, withdrawnAt: null },
  });
  if (!existing) await db.facilitatorAssignment.create({ data: { groupId: GROUP_ID, facilitatorId: facilitator.facilitatorId } });
  return { id: GROUP_ID };
}

export const routes: RouteExpectation[] = [
  adminOnly("/admin/grupper"),
  adminOnly("/admin/grupper/ny"),
  // Admin-only even for the group's own facilitator: they use "Mine grupper".
  adminOnly("/admin/grupper/[id]", assignedGroup),
  adminOnly("/admin/grupper/[id]/rediger", assignedGroup),
  adminOnly("/admin/igangsaettere"),
  adminOnly("/admin/igangsaettere/[id]", async ({ facilitator }) => ({ id: facilitator.facilitatorId })),
  { route: "/admin/mine-grupper", facilitator: "ok", admin: "ok" },
  // The assigned facilitator sees the group; an administrator without a facilitator record is sent to the admin page.
  { route: "/admin/mine-grupper/[id]", facilitator: "ok", admin: { redirect: `/admin/grupper/${GROUP_ID}` }, params: assignedGroup },
];
