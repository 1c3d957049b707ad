// `npm start`. On one machine (the default): prepares the database (scripts/prepare.mjs), builds when
// the sources are newer than the build, and serves. As one of several instances (INSTANCES=multi, or
// REDIS_URL set; scripts/instances.mjs, docs/deploy.md) it only serves: it refuses to start when a
// shared setting is missing, when the build is missing, out of date or made with another server-action
// key, or when the database lacks a migration (`npm run release` applies them, once per deploy).
// HOST binds the server to one address (e.g. 127.0.0.1 behind a reverse proxy on the same machine).
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { buildActionKey, buildState, distDir } from "./build-state.mjs";
import { postgresUrl } from "./database.mjs";
import { instanceMode, migrationProblem, refuse, sharedSettingProblems } from "./instances.mjs";
import { loadEnvFiles } from "./load-env.mjs";
import { authSecret, databaseFile, prepare } from "./prepare.mjs";
import { siteUrlWarning } from "../security-headers.mjs";

const root = path.resolve(import.meta.dirname, "..");
loadEnvFiles(root); // before anything reads process.env
const port = process.env.PORT || "3000";
const next = path.join(root, "node_modules", ".bin", "next");
const mode = instanceMode();
if (typeof mode !== "string") refuse({ da: "Siden starter ikke:", en: "The site does not start:" }, [mode]);

let env;
if (mode === "multi") {
  await checkInstance();
  env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
} else {
  prepare();
  env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_FILE: databaseFile(),
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  };
}

// Email links and cookies follow this address: say so when it is not the public https address.
const urlWarning = siteUrlWarning(process.env.NEXTAUTH_URL);
if (urlWarning) console.warn(`\nADVARSEL: ${urlWarning}\n`);

if (mode === "single" && buildState() !== "current") {
  console.log("Bygger siden (første gang tager det et minuts tid) …");
  execFileSync(next, ["build"], { cwd: root, env, stdio: "inherit" });
}

const host = process.env.HOST?.trim();
const where = `http://${host || "localhost"}:${port}`;
console.log(mode === "multi" ? `\nSelvhjælp Herning (en af flere instanser) kører på ${where}\n` : `\nSelvhjælp Herning kører på ${where}\n`);
const server = spawn(next, ["start", "-p", port, ...(host ? ["-H", host] : [])], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** Several instances: everything they share must be there before this one serves a request. */
async function checkInstance() {
  const heading = {
    da: "Siden starter ikke som en af flere instanser (INSTANCES=multi eller REDIS_URL sat; se docs/deploy.md):",
    en: "The site does not start as one of several instances (see docs/deploy.md):",
  };
  const problems = sharedSettingProblems();
  const state = buildState();
  if (state !== "current") {
    const what = {
      missing: "Der er ingen build",
      incomplete: "Buildet blev ikke færdigt (det blev afbrudt)",
      stale: "Buildet er ældre end kildekoden",
    };
    problems.push({
      da: `${what[state]} i ${path.relative(root, distDir()) || "."}. Byg én gang med NEXT_SERVER_ACTIONS_ENCRYPTION_KEY sat: npm run build`,
      en: `The build in ${path.relative(root, distDir())} is ${state}: run \`npm run build\` once, with NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set.`,
    });
  } else if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && buildActionKey() !== process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.trim()) {
    problems.push({
      da: "Buildet er lavet med en anden NEXT_SERVER_ACTIONS_ENCRYPTION_KEY end denne instans har. Byg igen med den fælles nøgle: npm run build",
      en: "The build was made with another NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: build again with the shared key.",
    });
  }
  if (problems.length === 0) {
    const migrations = await migrationProblem(postgresUrl());
    if (migrations) problems.push(migrations);
  }
  if (problems.length > 0) refuse(heading, problems);
}
