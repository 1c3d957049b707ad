// One machine or several instances behind a load balancer (docs/deploy.md). The switch is
// INSTANCES=multi (or INSTANCES=single); unset, REDIS_URL decides: with a shared cache the site runs as
// one of several instances. In that mode `npm start` only serves — `npm run release` migrates, seeds and
// creates the first administrator, once per deploy — and it refuses to start when what every instance
// must share is missing: PostgreSQL, Redis, the sign-in secret, the server-action key, the public address.
import pg from "pg";
import { postgresUrl } from "./database.mjs";
import { postgresMigrations } from "./migrate.mjs";

/** @typedef {{ da: string, en: string }} Problem */

/**
 * "multi" or "single", or a Problem when INSTANCES has another value.
 * @param {Record<string, string | undefined>} [env]
 * @returns {"multi" | "single" | Problem}
 */
export function instanceMode(env = process.env) {
  const value = env.INSTANCES?.trim().toLowerCase();
  if (value === "multi" || value === "single") return value;
  if (value)
    return { da: `INSTANCES=${env.INSTANCES} forstås ikke: skriv INSTANCES=multi eller INSTANCES=single.`, en: "INSTANCES must be multi or single." };
  return env.REDIS_URL?.trim() ? "multi" : "single";
}

/**
 * What the environment lacks for several instances (empty: nothing).
 * @param {Record<string, string | undefined>} [env]
 * @returns {Problem[]}
 */
export function sharedSettingProblems(env = process.env) {
  /** @type {Problem[]} */
  const problems = [];
  if (!postgresUrl(env)) {
    problems.push({
      da: "DATABASE_URL skal pege på PostgreSQL (postgres://…): flere instanser kan ikke dele en SQLite-fil.",
      en: "DATABASE_URL must name a PostgreSQL database: several instances cannot share a SQLite file.",
    });
  }
  if (!env.REDIS_URL?.trim()) {
    problems.push({
      da: "REDIS_URL er ikke sat: instanserne skal dele sidernes cache i Redis.",
      en: "REDIS_URL is not set: the instances share the page cache in Redis.",
    });
  }
  if (!env.NEXTAUTH_SECRET?.trim()) {
    problems.push({
      da: "NEXTAUTH_SECRET er ikke sat. Alle instanser skal have den samme værdi (en fil .auth-secret pr. maskine duer ikke her: et login på én instans gælder så ikke på de andre). Lav en med: openssl rand -base64 32",
      en: "NEXTAUTH_SECRET is not set. Every instance needs the same value (a generated .auth-secret file per machine is not accepted here).",
    });
  }
  const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim();
  if (!key) {
    problems.push({
      da: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY er ikke sat. Byg én gang med nøglen, og start alle instanser med den samme. Lav en med: openssl rand -base64 32",
      en: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set. Build once with it and give every instance the same key.",
    });
  } else if (![16, 24, 32].includes(Buffer.from(key, "base64").length)) {
    problems.push({
      da: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY er ikke en AES-nøgle i base64 (16, 24 eller 32 bytes). Lav en med: openssl rand -base64 32",
      en: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 AES key (16, 24 or 32 bytes).",
    });
  }
  if (!env.NEXTAUTH_URL?.trim()) {
    problems.push({
      da: "NEXTAUTH_URL er ikke sat: skriv sidens offentlige adresse (https://…), den samme på alle instanser.",
      en: "NEXTAUTH_URL is not set: the site's public address, the same on every instance.",
    });
  }
  return problems;
}

/**
 * Whether the database has every migration of this version applied. Never changes the database.
 * @returns {Promise<Problem | null>}
 */
export async function migrationProblem(url) {
  const expected = postgresMigrations().map((m) => m.name);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    return { da: `Databasen svarer ikke (${error.code ?? error.message}).`, en: "The database cannot be reached." };
  }
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    /** @type {{ migration_name: string, finished: boolean }[]} */
    const rows = table.rows[0].exists
      ? (
          await client.query(
            `SELECT "migration_name", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
          )
        ).rows
      : [];
    const done = new Set(rows.filter((r) => r.finished).map((r) => r.migration_name));
    const missing = expected.filter((name) => !done.has(name));
    if (missing.length === 0) return null;
    return {
      da: `Databasen mangler ${missing.length} af denne versions ${expected.length} migrationer (den første: ${missing[0]}). Kør \`npm run release\` én gang (fra én maskine), og start så instanserne.`,
      en: `The database lacks ${missing.length} of this version's ${expected.length} migrations: run \`npm run release\` once, then start the instances.`,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Prints the problems in Danish, then in English, and ends the process with exit code 1. */
export function refuse(heading, problems) {
  const lines = [`\n${heading.da}`, ...problems.map((p) => `  - ${p.da}`), "", heading.en, ...problems.map((p) => `  - ${p.en}`), ""];
  console.error(lines.join("\n"));
  process.exit(1);
}
