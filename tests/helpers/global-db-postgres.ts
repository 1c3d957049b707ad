import crypto from "node:crypto";
import pg from "pg";
import { migratePostgres } from "../../scripts/migrate.mjs";

/**
 * The PostgreSQL twin of global-db.ts, for the integration-pg project: on the server that
 * TEST_POSTGRES_URL names (scripts/test.mjs starts a throwaway one), one database migrated by the
 * app's own runner (scripts/migrate.mjs) serves as the template. Each test file gets its own
 * `CREATE DATABASE … TEMPLATE` copy (integration-setup.ts). Every database of this run is dropped at the end.
 */
export default async function setup({ provide }: { provide: (key: "postgresTemplate" | "postgresUrl", value: string) => void }) {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error("TEST_POSTGRES_URL is not set: run the PostgreSQL tests through `npm test` (scripts/test.mjs).");
  const template = `selvhjaelp_t${crypto.randomBytes(4).toString("hex")}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${template}"`));
  await migratePostgres({ url: databaseUrl(server, template), analyze: false });
  provide("postgresUrl", server);
  provide("postgresTemplate", template);
  return async () => {
    await admin(server, async (c) => {
      const { rows } = await c.query<{ name: string }>("SELECT datname::text AS name FROM pg_database WHERE datname LIKE $1", [`${template}%`]);
      // The template last: the copies were made from it.
      for (const { name } of rows.sort((a, b) => b.name.length - a.name.length)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  };
}

/** The server's URL with another database name. */
export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function admin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
    postgresUrl: string;
  }
}
