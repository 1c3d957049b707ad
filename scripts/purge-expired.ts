// Deletes declined and withdrawn applications and interest-list entries that have outlived the
// retention period (settings.retentionDays). Run on every start by scripts/prepare.mjs, outside Next
// (no next/* imports anywhere below). Prints counts only.
import { db } from "@/lib/db";
import { purgeOnStart } from "@/lib/privacy/retention-data";

async function main() {
  const counts = await purgeOnStart(new Date());
  if (counts.applications + counts.interest > 0) {
    console.log(`Opbevaringsperiode: slettede ${counts.applications} ansøgninger og ${counts.interest} på interesselisten.`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("Kunne ikke slette udløbne oplysninger:", (error as Error).name);
    await db.$disconnect();
    process.exit(1);
  });
