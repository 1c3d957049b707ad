// The one zod import of the project: it installs the Danish error map before any schema is built, so
// every message a person can see — wrong types and missing fields included — is Danish. Safe in the
// browser. `import { z } from "@/lib/validation/zod"` everywhere (ESLint forbids importing "zod").
import { z } from "zod";

const sizeUnit: Record<string, string> = { string: "tegn", array: "valg", set: "valg", file: "bytes" };

/** Plain Danish for the issues a schema does not word itself. */
export function danishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "Udfyld feltet." : "Feltet har en ugyldig værdi.";
    case "invalid_value":
      return "Vælg en af mulighederne.";
    case "too_small": {
      const unit = sizeUnit[issue.origin ?? ""];
      if (unit === "tegn" && Number(issue.minimum) === 1) return "Udfyld feltet.";
      return unit ? `Skriv mindst ${issue.minimum} ${unit}.` : `Værdien skal være mindst ${issue.minimum}.`;
    }
    case "too_big": {
      const unit = sizeUnit[issue.origin ?? ""];
      return unit ? `Højst ${issue.maximum} ${unit}.` : `Værdien må højst være ${issue.maximum}.`;
    }
    case "invalid_format":
      return issue.format === "email" ? "Skriv en gyldig email, fx navn@example.dk." : "Feltet har et ugyldigt format.";
    case "not_multiple_of":
      return "Skriv et helt tal.";
    case "unrecognized_keys":
      return "Formularen indeholder ukendte felter.";
    default:
      return "Feltet har en ugyldig værdi.";
  }
}

z.config({ customError: danishMessage });

export { z };
