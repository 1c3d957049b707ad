// The organisation's name and address live in the settings (lib/settings/identity.ts). Outside the
// allow-list below no source file under app/, components/ or lib/ may spell them out: a new email,
// page or text has to read the identity, so a renamed or moved organisation is named right everywhere.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addressLine, defaultDataControllerText, defaultSignature, DEFAULT_IDENTITY, fileSlug, genitiveOf } from "@/lib/settings/identity";

const root = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "components", "lib"];
const SKIPPED_DIRS = new Set(["lib/generated"]);
/** Where the values may stand: the defaults the settings start from (the seed and the migrations are outside the scanned folders). */
const ALLOWED = new Set(["lib/settings/identity.ts"]);
const HARD_CODED = [/Selvhj(?:æ|ae)lp\s+Herning/i, /Fredensgade/i];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(rel) ? [] : sourceFiles(rel);
    return /\.(tsx?|mjs|js|json|css)$/.test(entry.name) ? [rel] : [];
  });
}

/** "file:line: text" for every line that names the organisation. */
function hardCodedIdentity(files: string[], read: (file: string) => string): string[] {
  return files.flatMap((file) =>
    read(file)
      .split("\n")
      .flatMap((line, i) => (HARD_CODED.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("the organisation's identity is not hard-coded", () => {
  it("no file under app/, components/ or lib/ names the organisation or its address, outside the defaults", () => {
    const files = SCANNED.flatMap(sourceFiles).filter((f) => !ALLOWED.has(f));
    expect(files.length).toBeGreaterThan(100);
    expect(hardCodedIdentity(files, (f) => fs.readFileSync(path.join(root, f), "utf8"))).toEqual([]);
  });

  it("finds a name or an address where one is written (so the scan is not silently empty)", () => {
    const texts: Record<string, string> = {
      "a.ts": 'const SIGNATURE = "Venlig hilsen\\nSelvhjælp Herning";',
      "b.tsx": "<p>Fredensgade 14</p>",
      "c.ts": "-//Selvhjaelp Herning//Grupper//DA",
      "d.ts": "const ok = 'no name here';",
    };
    expect(hardCodedIdentity(Object.keys(texts), (f) => texts[f])).toEqual([
      'a.ts:1: const SIGNATURE = "Venlig hilsen\\nSelvhjælp Herning";',
      "b.tsx:1: <p>Fredensgade 14</p>",
      "c.ts:1: -//Selvhjaelp Herning//Grupper//DA",
    ]);
  });

  it("the schema's column defaults are the defaults file's values, so an upgraded database reads the same", () => {
    const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const columnDefault = (field: string) => {
      const m = schema.match(new RegExp(`^\\s*${field}\\s+String\\s+@default\\("((?:[^"\\\\]|\\\\.)*)"\\)`, "m"));
      return m ? JSON.parse(`"${m[1]}"`) : undefined;
    };
    for (const [field, value] of Object.entries(DEFAULT_IDENTITY)) expect(columnDefault(field), field).toBe(value);
  });
});

describe("the identity's derived values", () => {
  it("genitive, address line, signature, data-controller text and file name", () => {
    expect(genitiveOf("Selvhjælp Herning")).toBe("Selvhjælp Hernings");
    expect(genitiveOf("Selvhjælp Aarhus")).toBe("Selvhjælp Aarhus'");
    expect(genitiveOf("Foreningen Fyrtårn Vejle")).toBe("Foreningen Fyrtårn Vejles");
    expect(genitiveOf("Selvhjælp Ringkøbing-Skjern ")).toBe("Selvhjælp Ringkøbing-Skjerns");
    const org = { orgName: "Selvhjælp Testby", orgStreet: "Torvet 1", orgPostcode: "8000", orgTown: "Testby" };
    expect(addressLine(org)).toBe("Torvet 1, 8000 Testby");
    expect(addressLine({ ...org, orgStreet: "" })).toBe("8000 Testby");
    expect(defaultSignature(org)).toBe("Venlig hilsen\nSelvhjælp Testby\nTorvet 1, 8000 Testby");
    expect(defaultSignature({ ...org, orgStreet: "", orgPostcode: "", orgTown: "" })).toBe("Venlig hilsen\nSelvhjælp Testby");
    expect(defaultDataControllerText({ ...org, orgStreet: "", orgPostcode: "", orgTown: "" })).toBe("Selvhjælp Testby er dataansvarlig.");
    expect(fileSlug(DEFAULT_IDENTITY)).toBe("selvhjaelp-herning");
    expect(fileSlug({ orgName: "Ældre & Søstre på Ærø" })).toBe("aeldre-soestre-paa-aeroe");
  });
});
