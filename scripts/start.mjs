// `npm start`: prepares the database, builds when the sources are newer than the build, and serves.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadEnvFiles } from "./load-env.mjs";
import { authSecret, databaseFile, prepare } from "./prepare.mjs";
import { siteUrlWarning } from "../security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");
loadEnvFiles(root); // before anything reads process.env
const port = process.env.PORT || "3000";
const distDir = process.env.NEXT_DIST_DIR || ".next";

prepare();

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_FILE: databaseFile(),
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

// Email links and cookies follow this address: say so when it is not the public https address.
const urlWarning = siteUrlWarning(process.env.NEXTAUTH_URL);
if (urlWarning) console.warn(`\nADVARSEL: ${urlWarning}\n`);

if (needsBuild()) {
  console.log("Bygger siden (første gang tager det et minuts tid) …");
  execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, env, stdio: "inherit" });
}

console.log(`\nSelvhjælp Herning kører på http://localhost:${port}\n`);
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

function needsBuild() {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "prisma/schema.prisma",
    "next.config.mjs",
    "security-headers.mjs",
    "package-lock.json",
    "proxy.ts",
  ];
  return sources.some((s) => newestMtime(path.join(root, s)) > builtAt);
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}
