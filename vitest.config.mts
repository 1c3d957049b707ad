import path from "node:path";
import { defineConfig } from "vitest/config";
import { POSTGRES_ONLY, SQLITE_ONLY } from "./tests/helpers/database-only.mjs";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // The real package throws outside React Server Components; tests import server modules directly.
  "server-only": path.join(root, "tests/helpers/empty-module.ts"),
};

/**
 * The integration tests, on SQLite (the embedded default) and — when TEST_POSTGRES_URL names a
 * PostgreSQL server, as `npm test` arranges (scripts/test.mjs) — once more on PostgreSQL, each test
 * file with a database of its own.
 */
const integration = (name: string, database: "sqlite" | "postgresql") => ({
  resolve: { alias },
  test: {
    name,
    include: ["tests/integration/**/*.test.ts"],
    exclude: database === "postgresql" ? SQLITE_ONLY : POSTGRES_ONLY,
    environment: "node",
    env: { TEST_DATABASE: database },
    globalSetup: [database === "postgresql" ? "tests/helpers/global-db-postgres.ts" : "tests/helpers/global-db.ts"],
    setupFiles: ["tests/helpers/integration-setup.ts"],
    // A test that hashes passwords (scrypt) several times ran past 20 s on a 2-core machine under load:
    // the limit only ends a hung test, it measures nothing.
    testTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      integration("integration", "sqlite"),
      ...(process.env.TEST_POSTGRES_URL ? [integration("integration-pg", "postgresql")] : []),
      {
        resolve: { alias },
        test: {
          name: "components",
          include: ["tests/components/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/helpers/components-setup.ts"],
          // Typing and clicking through a form in jsdom ran past vitest's 5 s default on a loaded 2-core
          // machine: the limit only ends a hung test.
          testTimeout: 30_000,
        },
      },
      // Two instances of one build on one PostgreSQL and one Redis (scripts/test.mjs provides both).
      ...(process.env.TEST_POSTGRES_URL && process.env.TEST_REDIS_SERVER
        ? [
            {
              resolve: { alias },
              test: {
                name: "multi-instance",
                include: ["tests/multi-instance/**/*.test.ts"],
                environment: "node",
                testTimeout: 120_000,
                hookTimeout: 15 * 60_000,
                expect: { poll: { timeout: 30_000, interval: 200 } },
                fileParallelism: false,
              },
            },
          ]
        : []),
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/e2e-server.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page may first hash a password (scrypt) or render on a busy machine: expect.poll waits
          // for its condition up to 30 s instead of vitest's default 1 s.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          // One browser journey at a time: they share one server and its database.
          fileParallelism: false,
        },
      },
    ],
  },
});
