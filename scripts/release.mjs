// `npm run release`: makes the database ready for this version, once per deploy, before the instances
// start (docs/deploy.md): applies the migrations, seeds the demo data when the database is empty
// (SEED_DEMO_DATA=0: not), creates the first administrator when there is none, and deletes what has
// passed its retention period — what `npm start` does by itself on one machine (scripts/prepare.mjs).
// Safe to run again, and from two machines at once (the migration runner holds a lock).
// As one of several instances it refuses a SQLite database: each machine would get a file of its own.
import path from "node:path";
import { postgresUrl } from "./database.mjs";
import { instanceMode, refuse } from "./instances.mjs";
import { loadEnvFiles } from "./load-env.mjs";
import { prepare } from "./prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");
loadEnvFiles(root); // before anything reads process.env
const mode = instanceMode();
if (typeof mode !== "string") refuse({ da: "Databasen er ikke gjort klar:", en: "The database was not made ready:" }, [mode]);
if (mode === "multi" && !postgresUrl()) {
  refuse({ da: "Databasen er ikke gjort klar:", en: "The database was not made ready:" }, [
    {
      da: "Flere instanser (INSTANCES=multi eller REDIS_URL sat) kræver PostgreSQL: sæt DATABASE_URL=postgres://…",
      en: "Several instances need PostgreSQL: set DATABASE_URL=postgres://…",
    },
  ]);
}
prepare();
console.log(`Databasen er klar til denne version (${postgresUrl() ? "PostgreSQL" : "SQLite"}).`);
