import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadEnvFiles, parseEnv } from "../../scripts/load-env.mjs";

describe("scripts/load-env.mjs", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  function project(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-env-"));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it("reads .env, lets .env.local win over it, and lets the real environment win over both", () => {
    const dir = project({
      ".env": "PORT=4000\nMAIL_FROM=fra-env\nDATABASE_FILE=data/env.db\n",
      ".env.local": "PORT=5000\nADMIN_EMAIL=lokal@example.dk\n",
    });
    const target: Record<string, string | undefined> = { DATABASE_FILE: "/real/site.db", NEXTAUTH_SECRET: "" };
    const set = loadEnvFiles(dir, target);
    expect(target).toEqual({
      PORT: "5000",
      MAIL_FROM: "fra-env",
      ADMIN_EMAIL: "lokal@example.dk",
      DATABASE_FILE: "/real/site.db",
      NEXTAUTH_SECRET: "",
    });
    expect(set.sort()).toEqual(["ADMIN_EMAIL", "MAIL_FROM", "PORT"]);
  });

  it("does nothing without the files", () => {
    const target = { PORT: "3000" };
    expect(loadEnvFiles(project({}), target)).toEqual([]);
    expect(target).toEqual({ PORT: "3000" });
  });

  it("parses the format of .env.example: comments, quotes, empty values, export", () => {
    expect(
      parseEnv(
        [
          "# a comment",
          "",
          "NEXTAUTH_SECRET=",
          'MAIL_FROM="Selvhjælp Herning <kontakt@selvhjaelp-herning.dk>"',
          "SMTP_URL=smtp://u:pa#ss@host:587 # inline comment",
          "export TRUST_PROXY=1",
          "QUOTED='a # b'",
          'ESCAPED="line\\nnext \\"q\\""',
          "not a line",
          "  SPACED = value  \r",
        ].join("\n"),
      ),
    ).toEqual({
      NEXTAUTH_SECRET: "",
      MAIL_FROM: "Selvhjælp Herning <kontakt@selvhjaelp-herning.dk>",
      SMTP_URL: "smtp://u:pa#ss@host:587",
      TRUST_PROXY: "1",
      QUOTED: "a # b",
      ESCAPED: 'line\nnext "q"',
      SPACED: "value",
    });
  });

  it("parses every line of .env.example", () => {
    const text = fs.readFileSync(path.join(process.cwd(), ".env.example"), "utf8");
    const keys = text
      .split("\n")
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split("=")[0]);
    expect(Object.keys(parseEnv(text))).toEqual(keys);
  });

  it("is what npm start, npm run dev and npm run release call before they read the environment", () => {
    const dir = project({ ".env": "PORT=4321\n", ".env.local": "PORT=4322\nMAIL_FROM=x\n" });
    const script = `import { loadEnvFiles } from ${JSON.stringify(path.join(process.cwd(), "scripts/load-env.mjs"))};
      loadEnvFiles(${JSON.stringify(dir)}); console.log(process.env.PORT + " " + process.env.MAIL_FROM);`;
    const run = (env: NodeJS.ProcessEnv) => execFileSync("node", ["--input-type=module", "-e", script], { env, encoding: "utf8" }).trim();
    const { PORT: _port, MAIL_FROM: _from, ...base } = process.env;
    expect(run(base)).toBe("4322 x");
    expect(run({ ...base, PORT: "9999" })).toBe("9999 x");
    for (const file of ["start.mjs", "dev.mjs", "prepare.mjs", "release.mjs"]) {
      expect(fs.readFileSync(path.join(process.cwd(), "scripts", file), "utf8")).toMatch(/loadEnvFiles\(root\)/);
    }
  });
});
