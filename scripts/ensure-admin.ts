// Creates the first administrator when the database has none. The password comes from ADMIN_PASSWORD
// or is generated here and printed once; there is no default password anywhere in the code.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

async function main() {
  const existing = await db.user.count({ where: { role: "ADMIN" } });
  if (existing > 0) return;
  const email = (process.env.ADMIN_EMAIL || "admin@selvhjaelp-herning.local").trim().toLowerCase();
  const fromEnv = process.env.ADMIN_PASSWORD;
  const password = fromEnv || crypto.randomBytes(12).toString("base64url");
  await db.user.create({
    data: { email, name: "Administrator", role: "ADMIN", passwordHash: await hashPassword(password) },
  });
  const line = "─".repeat(64);
  console.log(`\n${line}\nFørste administrator er oprettet. Log ind på /login med:\n  Email:       ${email}`);
  console.log(
    fromEnv ? "  Adgangskode: den i ADMIN_PASSWORD" : `  Adgangskode: ${password}\n  (vises kun denne ene gang – skift den under "Min konto")`,
  );
  console.log(line + "\n");
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("Kunne ikke oprette den første administrator:", (error as Error).message);
    await db.$disconnect();
    process.exit(1);
  });
