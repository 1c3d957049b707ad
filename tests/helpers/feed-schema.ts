import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The published schema of /grupper.json (public/grupper.schema.json), compiled by ajv: strict, draft 2020-12, formats checked. */
export function groupsFeedValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(process.cwd(), "public/grupper.schema.json"), "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
