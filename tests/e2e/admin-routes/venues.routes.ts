import { adminOnly, type RouteExpectation } from "./types";

export const routes: RouteExpectation[] = [
  adminOnly("/admin/steder"),
  adminOnly("/admin/steder/[id]", async ({ db }) => {
    const venue = await db.venue.create({ data: { name: `Rutetest ${Date.now()}`, address: "Vejen 1", postcode: "7400", town: "Herning" } });
    return { id: venue.id };
  }),
];
