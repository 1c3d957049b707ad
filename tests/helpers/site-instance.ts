import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { waitFor } from "./redis-server";

const root = process.cwd();

/** One instance of the site, started the way an operator starts it: `node scripts/start.mjs` (npm start). */
export type SiteInstance = { url: string; port: number; output: () => string; stop(): Promise<void> };

export async function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<SiteInstance> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited: ${output.slice(-500)}`);
    return (await fetch(url, { redirect: "manual" })).status < 500;
  }, `the instance on port ${port}`).catch((error) => {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited (${child.exitCode}): ${output.slice(-800)}`);
    throw error;
  });
  return {
    url,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    },
  };
}

/** Runs a script of the project to its end: its exit code and everything it printed. */
export function runScript(script: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, script)], { cwd: root, env, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}
