// The organisation's identity: who the site speaks for. Stored in Settings (an administrator edits it at
// /admin/indstillinger); every email, consent text, the header and footer, the privacy page and the page
// titles read it, so no other file names the organisation. Safe in the browser.
//
// DEFAULT_IDENTITY is what the site said before the identity was a setting: the schema's column defaults
// and the migration hold the same values, so an upgraded installation reads exactly as before.

export type OrgIdentity = {
  orgName: string;
  /** The name in the genitive: "Selvhjælp Hernings administration". */
  orgNameGenitive: string;
  orgStreet: string;
  orgPostcode: string;
  orgTown: string;
  orgPhone: string;
  orgEmail: string;
  /** 8 digits, or empty. */
  orgCvr: string;
  orgWebsite: string;
  /** The closing lines of every email, line breaks as "\n". */
  emailSignature: string;
  /** Who is data controller, one or two sentences for the privacy page. */
  dataControllerText: string;
};

/** Danish genitive: an "s" appended; after s, x and z an apostrophe instead ("Selvhjælp Aarhus'"). */
export function genitiveOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") return "";
  return /[sxz]$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}s`;
}

/** "Fredensgade 14, 7400 Herning": the parts that are filled in. */
export function addressLine(org: Pick<OrgIdentity, "orgStreet" | "orgPostcode" | "orgTown">): string {
  const town = [org.orgPostcode, org.orgTown].filter(Boolean).join(" ");
  return [org.orgStreet, town].filter(Boolean).join(", ");
}

/** The signature a blank signature field stands for: a greeting, the name and the address. */
export function defaultSignature(org: Pick<OrgIdentity, "orgName" | "orgStreet" | "orgPostcode" | "orgTown">): string {
  return ["Venlig hilsen", org.orgName, addressLine(org)].filter(Boolean).join("\n");
}

/** The data-controller text a blank field stands for. */
export function defaultDataControllerText(org: Pick<OrgIdentity, "orgName" | "orgStreet" | "orgPostcode" | "orgTown">): string {
  const address = addressLine(org);
  return address ? `${org.orgName}, ${address}, er dataansvarlig.` : `${org.orgName} er dataansvarlig.`;
}

const NAME = "Selvhjælp Herning";
const ADDRESS = { orgName: NAME, orgStreet: "Fredensgade 14", orgPostcode: "7400", orgTown: "Herning" };

export const DEFAULT_IDENTITY: OrgIdentity = {
  ...ADDRESS,
  orgNameGenitive: genitiveOf(NAME),
  orgPhone: "",
  orgEmail: "",
  orgCvr: "",
  orgWebsite: "",
  emailSignature: defaultSignature(ADDRESS),
  dataControllerText: defaultDataControllerText(ADDRESS),
};

/** The sender address used when MAIL_FROM is unset and the organisation has no email of its own. */
export const DEFAULT_SENDER_ADDRESS = "kontakt@selvhjaelp-herning.dk";

/** The From header when MAIL_FROM is unset: the organisation's name and email. Quotes keep a comma or a dot in the name from splitting it. */
export function senderOf(org: Pick<OrgIdentity, "orgName" | "orgEmail">): string {
  const name = org.orgName.replace(/["\\]/g, "");
  return `"${name}" <${org.orgEmail || DEFAULT_SENDER_ADDRESS}>`;
}

/** What an email needs to know about its sender: the name (subjects, body) and the signature. */
export type EmailOrg = Pick<OrgIdentity, "orgName" | "orgNameGenitive" | "emailSignature">;

/** "Tak for din ansøgning – Selvhjælp Herning": the subjects of the emails to members and applicants. */
export function subjectWithName(org: Pick<OrgIdentity, "orgName">, text: string): string {
  return `${text} – ${org.orgName}`;
}

/** The name as a file name part: "Selvhjælp Herning" → "selvhjaelp-herning" (downloads are named after the organisation). */
export function fileSlug(org: Pick<OrgIdentity, "orgName">): string {
  const slug = org.orgName
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "forening";
}
