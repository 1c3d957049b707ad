// Demo data for Selvhjælp Herning. Idempotent: records are matched by their unique keys and a
// second run changes nothing. `--if-empty` seeds only a database without groups.
import { db } from "@/lib/db";

async function main() {
  const ifEmpty = process.argv.includes("--if-empty");
  if (ifEmpty && (await db.group.count()) > 0) return;
  await db.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("Seed failed:", (error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
