// The consent texts people accept on the public forms. Each is shown in full next to its checkbox
// and stored with the time it was given and its version. Changing a text means a new version.
// Safe in the browser.
//
// Some texts name the organisation, whose name is a setting (lib/settings/identity.ts). The version
// stored must still say which words the person saw: a text as it was written (with the name the site
// had then, DEFAULT_IDENTITY) keeps its plain version ("2026-11"); with another name the version gets
// a fingerprint of the exact text shown ("2026-11+3f9a0c1e"), so a stored version matches one text
// only, and the privacy page lists each current text with the version it is stored under.
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

export type ConsentText = {
  /** Stable key, stored with the version where one column holds several kinds of consent. */
  key: string;
  version: string;
  title: string;
  text: string;
};

/** A consent text as written: `text` takes the organisation's name. */
export type ConsentTemplate = Omit<ConsentText, "text"> & { text: (orgName: string) => string };

/** FNV-1a (32 bits) of the text's UTF-16 code units, as 8 hex digits: the same in the browser and on the server. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The consent as shown to a person of the organisation named `orgName`, with the version it is stored under. */
export function consentFor(template: ConsentTemplate, orgName: string): ConsentText {
  const text = template.text(orgName);
  const asWritten = text === template.text(DEFAULT_IDENTITY.orgName);
  return { key: template.key, title: template.title, text, version: asWritten ? template.version : `${template.version}+${textFingerprint(text)}` };
}

export const CONFIDENTIALITY_CONSENT: ConsentTemplate = {
  key: "confidentiality",
  version: "2026-11",
  title: "Tavshedspligt",
  text: () =>
    "Jeg lover at holde tavshedspligt: Det, andre deltagere fortæller i gruppen, bliver i gruppen. " +
    "Jeg fortæller ikke videre, hvem der deltager, eller hvad de har delt – heller ikke efter at gruppen er slut.",
};

export const SENSITIVE_DATA_CONSENT: ConsentTemplate = {
  key: "sensitive-data",
  version: "2026-11",
  title: "Samtykke til behandling af følsomme oplysninger",
  text: (org) =>
    `Jeg giver udtrykkeligt samtykke til, at ${org} behandler mine oplysninger (navn, email, telefon, ` +
    "postnummer, fødselsår og min besked) og det, at jeg søger en gruppe om netop dette emne. Det kan være " +
    "helbredsoplysninger og andre følsomme oplysninger. De bruges kun til at finde den rette gruppe til mig og til " +
    "at administrere mit medlemskab. Jeg kan til enhver tid trække samtykket tilbage.",
};

export const FEE_CONSENT: ConsentTemplate = {
  key: "fee",
  version: "2026-11",
  title: "Medlemskab og kontingent",
  text: () =>
    "Jeg ved, at kun medlemmer kan deltage i grupperne, og at medlemskab koster et årligt kontingent " +
    "(børn og unge under 18 år betaler ikke). Jeg bliver medlem eller fortsætter mit medlemskab, når jeg søger.",
};

export const MEMBER_DATA_CONSENT: ConsentTemplate = {
  key: "member-data",
  version: "2026-11",
  title: "Samtykke til behandling af personoplysninger",
  text: (org) =>
    `Jeg giver samtykke til, at ${org} gemmer og bruger mine oplysninger (navn, email, telefon, postnummer ` +
    "og fødselsår) til at administrere mit medlemskab og kontakte mig om det. Jeg kan til enhver tid trække samtykket tilbage.",
};

export const INTEREST_CONSENT: ConsentTemplate = {
  key: "interest",
  version: "2026-11",
  title: "Samtykke til interesselisten",
  text: (org) =>
    `Jeg giver udtrykkeligt samtykke til, at ${org} gemmer mit navn, min email og det emne og den ` +
    "aldersgruppe, jeg ønsker en gruppe om – også selv om emnet kan sige noget om mit helbred eller min situation. " +
    "Oplysningerne bruges kun til at kontakte mig, når der starter en gruppe. Jeg kan til enhver tid blive slettet.",
};

/** Every consent text, in the order the privacy page lists them. */
export const CONSENTS: readonly ConsentTemplate[] = [
  MEMBER_DATA_CONSENT,
  CONFIDENTIALITY_CONSENT,
  SENSITIVE_DATA_CONSENT,
  FEE_CONSENT,
  INTEREST_CONSENT,
];

/** The value stored where one column can hold different consents (e.g. Member.consentVersion). */
export function consentStamp(consent: ConsentText): string {
  return `${consent.key}:${consent.version}`;
}
