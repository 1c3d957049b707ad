import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // The real package throws outside React Server Components; tests import server modules directly.
  "server-only": path.join(root, "tests/helpers/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/helpers/global-db.ts"],
          setupFiles: ["tests/helpers/integration-setup.ts"],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "components",
          include: ["tests/components/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/helpers/components-setup.ts"],
        },
      },
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
