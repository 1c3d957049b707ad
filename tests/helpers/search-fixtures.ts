import { db, dbProvider } from "@/lib/db";
import { groupSearchColumns } from "@/lib/groups/search";
import type { Actor } from "@/lib/auth/actor";
import { actorOf, createAdmin } from "./fixtures";
import { clearPeopleAndGroups } from "./applications-fixtures";

// Members and groups for the tests that the searches use their trigram indexes
// (tests/integration/search-index-use-*.test.ts): one rare name and one rare group among many.
const ROWS = 300;
/** Fills the tables; returns an administrator to search as. */
export async function searchWorld(): Promise<Actor> {
  await clearPeopleAndGroups();
  const admin = await actorOf((await createAdmin()).id);
  const now = new Date();
  await db.member.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({
      name: i === 7 ? "Sjælden Fjordbo" : `Almindelig Person ${i}`,
      email: `person-${i}@example.dk`,
      postcode: "7400",
      consentAt: now,
      consentVersion: "test",
    })),
  });
  await db.group.createMany({
    data: Array.from({ length: ROWS }, (_, i) => {
      const text = { name: i === 7 ? "Vandrere ved fjorden" : `Gruppe ${i}`, description: "Vi mødes og taler.", place: "Herning" };
      return {
        name: text.name,
        description: text.description,
        ...groupSearchColumns(text),
        slug: `g-${i}`,
        topic: "GRIEF" as const,
        ageBand: "ADULTS" as const,
        state: "STARTING" as const,
      };
    }),
  });
  if (dbProvider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  return admin;
}
