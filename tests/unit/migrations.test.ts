import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each migration folder keeps the schema it produces (scripts/new-migration.mjs diffs from it). If
// prisma/schema.prisma changed without a migration, the newest copy differs and this fails.
describe("migrations", () => {
  it("the newest migration's schema copy is prisma/schema.prisma", () => {
    const dir = path.resolve("prisma/migrations");
    const newest = fs
      .readdirSync(dir)
      .filter((d) => /^\d+_/.test(d))
      .sort()
      .at(-1)!;
    const copy = fs.readFileSync(path.join(dir, newest, "schema.prisma"), "utf8");
    expect(copy, "run `npm run db:new-migration -- <name>` after changing prisma/schema.prisma").toBe(
      fs.readFileSync("prisma/schema.prisma", "utf8"),
    );
  });
});
