import { adminOnly, anyUser, type RouteExpectation } from "./types";

export const routes: RouteExpectation[] = [
  { route: "/admin", admin: "ok", facilitator: { redirect: "/admin/mine-grupper" } },
  anyUser("/admin/konto"),
  anyUser("/admin/ingen-adgang"),
  adminOnly("/admin/brugere"),
  adminOnly("/admin/indhold"),
  adminOnly("/admin/indhold/[slug]", async ({ db }) => {
    const slug = "hvad-er-en-selvhjaelpsgruppe";
    await db.pageContent.upsert({ where: { slug }, update: {}, create: { slug, title: "Hvad er en selvhjælpsgruppe?", body: "Tekst." } });
    return { slug };
  }),
  adminOnly("/admin/udbakke"),
  adminOnly("/admin/udbakke/[id]", async ({ db }) => {
    const email = await db.outboxEmail.create({ data: { to: "ruter@e2e.test", subject: "Rutetest", text: "Tekst." } });
    return { id: email.id };
  }),
  adminOnly("/admin/log"),
];
