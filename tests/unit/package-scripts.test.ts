import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

/** The file each `node <file>` / `tsx <file>` step of a script runs (flags before it skipped). */
function scriptTargets(command: string): string[] {
  const targets: string[] = [];
  for (const step of command.split(/&&|\|\||;/)) {
    const [runner, ...args] = step.trim().split(/\s+/);
    if (runner !== "node" && runner !== "tsx") continue;
    const file = args.find((a) => !a.startsWith("-"));
    if (file) targets.push(file);
  }
  return targets;
}

describe("package.json scripts", () => {
  it("finds the targets of a script", () => {
    expect(scriptTargets("tsx --conditions=react-server prisma/seed.ts")).toEqual(["prisma/seed.ts"]);
    expect(scriptTargets("prisma generate && node scripts/a.mjs --x")).toEqual(["scripts/a.mjs"]);
    expect(scriptTargets("eslint .")).toEqual([]);
  });

  it.each(Object.entries(pkg.scripts))("%s runs files that exist", (_name, command) => {
    for (const target of scriptTargets(command)) expect(fs.existsSync(path.join(root, target)), target).toBe(true);
  });

  it("names only vitest projects that exist", () => {
    const config = fs.readFileSync(path.join(root, "vitest.config.mts"), "utf8");
    const projects = [...config.matchAll(/name: "([a-z0-9-]+)"/g)].map((m) => m[1]);
    for (const command of Object.values(pkg.scripts)) {
      for (const [, project] of command.matchAll(/--project[= ](\S+)/g)) expect(projects).toContain(project);
    }
  });
});
