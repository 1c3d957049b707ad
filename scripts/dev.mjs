// `npm run dev`: prepares the database like `npm start`, then `next dev` with the same secret and database.
import { spawn } from "node:child_process";
import path from "node:path";
import { loadEnvFiles } from "./load-env.mjs";
import { authSecret, databaseFile, prepare } from "./prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");
loadEnvFiles(root); // before anything reads process.env
const port = process.env.PORT || "3000";
prepare();

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_FILE: databaseFile(),
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["dev", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
