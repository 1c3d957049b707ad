// The organisation's identity as an administrator edits it: one schema for the form and the command.
// A blank genitive, signature or data-controller text is filled in from the name and address
// (lib/settings/identity.ts), so changing the name alone is enough. Safe in the browser.
import { plainText } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { defaultDataControllerText, defaultSignature, genitiveOf, type OrgIdentity } from "./identity";

const SIGNATURE_MAX_LINES = 6;

/** Text typed in a textarea: Windows line breaks as "\n", no blank lines at the ends. */
const multiline = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v), plainText({ max, multiline: true, maxMessage: `Højst ${max} tegn.` }));

const digitsOnly = (v: unknown) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : v);

const website = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const t = v.trim();
    return t === "" || /^https?:\/\//i.test(t) ? t : `https://${t}`;
  },
  z.union([
    z.literal(""),
    z
      .string()
      .max(200, "Højst 200 tegn.")
      .refine((s) => {
        try {
          const url = new URL(s);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !/\s/.test(s);
        } catch {
          return false;
        }
      }, "Skriv en gyldig webadresse, fx https://www.example.dk."),
  ]),
);

export const identityInput = z
  .object({
    orgName: plainText({ min: 2, max: 80, message: "Skriv foreningens navn.", maxMessage: "Højst 80 tegn." }),
    orgNameGenitive: plainText({ max: 82, maxMessage: "Højst 82 tegn." }),
    orgStreet: plainText({ max: 100, maxMessage: "Højst 100 tegn." }),
    orgPostcode: z.preprocess(digitsOnly, z.union([z.literal(""), z.string().regex(/^\d{4}$/, "Postnummeret skal være 4 cifre, fx 7400.")])),
    orgTown: plainText({ max: 60, maxMessage: "Højst 60 tegn." }),
    orgPhone: plainText({ max: 30, maxMessage: "Højst 30 tegn." }).refine(
      (s) => s === "" || /^\+?[\d ]{8,20}$/.test(s),
      "Skriv telefonnummeret med cifre, fx 97 12 34 56.",
    ),
    orgEmail: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
      z.union([z.literal(""), z.email("Skriv en gyldig email, fx kontakt@example.dk.").max(200, "Højst 200 tegn.")], {
        error: "Skriv en gyldig email, fx kontakt@example.dk.",
      }),
    ),
    orgCvr: z.preprocess(digitsOnly, z.union([z.literal(""), z.string().regex(/^\d{8}$/, "CVR-nummeret skal være 8 cifre.")])),
    orgWebsite: website,
    emailSignature: multiline(300).refine((s) => s.split("\n").length <= SIGNATURE_MAX_LINES, `Højst ${SIGNATURE_MAX_LINES} linjer.`),
    dataControllerText: multiline(500),
  })
  .transform((v): OrgIdentity => ({
    ...v,
    orgNameGenitive: v.orgNameGenitive || genitiveOf(v.orgName),
    emailSignature: v.emailSignature || defaultSignature(v),
    dataControllerText: v.dataControllerText || defaultDataControllerText(v),
  }));

export type IdentityInput = z.output<typeof identityInput>;
export type IdentityFormValues = z.input<typeof identityInput>;
