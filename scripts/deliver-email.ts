// Sends what is due in the outbox once and exits: for cron or operations next to the running site
// (`npm run email:deliver`). Safe to run while the site's own worker runs: each mail is claimed before
// it is sent (lib/email/worker.ts). Reads .env like `npm start`, and the NEXTAUTH_SECRET the site uses
// (AUTH_SECRET_FILE, default .auth-secret, when the environment sets none), so sealed links open. Prints counts only.
import { loadEnvFiles } from "./load-env.mjs";
import { authSecret } from "./prepare.mjs";

async function main() {
  // Before the app's modules load: lib/db.ts opens the database file the environment names.
  loadEnvFiles(process.cwd());
  process.env.NEXTAUTH_SECRET = authSecret();
  const { db } = await import("@/lib/db");
  const { deliverPending } = await import("@/lib/email/worker");
  try {
    if (!process.env.SMTP_URL) {
      console.log("Ingen mailserver (SMTP_URL): mails bliver i udbakken i administrationen.");
      return;
    }
    const report = await deliverPending({ limit: 500 });
    console.log(`Mails: ${report.sent} sendt, ${report.retrying} prøves igen senere, ${report.failed} opgivet.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error("Kunne ikke sende mails fra udbakken:", (error as Error).name);
  process.exit(1);
});
