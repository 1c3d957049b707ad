import { adminOnly, type RouteContext, type RouteExpectation } from "./types";

async function member({ db }: RouteContext) {
  const m = await db.member.upsert({
    where: { email: "ruter-medlem@e2e.test" },
    update: {},
    create: { name: "Rute Medlem", email: "ruter-medlem@e2e.test", postcode: "7400", consentAt: new Date(), consentVersion: "test" },
  });
  return m;
}

async function application(ctx: RouteContext) {
  const m = await member(ctx);
  const group = await ctx.db.group.findFirstOrThrow({ where: { state: { not: "ENDED" } }, select: { id: true } });
  const now = new Date();
  const a = await ctx.db.application.create({
    data: {
      groupId: group.id,
      memberId: m.id,
      consentConfidentialityAt: now,
      consentConfidentialityVersion: "test",
      consentSensitiveDataAt: now,
      consentSensitiveDataVersion: "test",
      consentFeeAt: now,
      consentFeeVersion: "test",
    },
  });
  return { id: a.id };
}

export const routes: RouteExpectation[] = [
  adminOnly("/admin/ansoegninger"),
  adminOnly("/admin/ansoegninger/[id]", application),
  adminOnly("/admin/medlemmer"),
  adminOnly("/admin/medlemmer/[id]", async (ctx) => ({ id: (await member(ctx)).id })),
];
