// The consent texts people accept on the public forms. Each is shown in full next to its checkbox
// and stored with the time it was given and its version. Changing a text means a new version.
// Safe in the browser.

export type ConsentText = {
  /** Stable key, stored with the version where one column holds several kinds of consent. */
  key: string;
  version: string;
  title: string;
  text: string;
};

export const CONFIDENTIALITY_CONSENT: ConsentText = {
  key: "confidentiality",
  version: "2026-11",
  title: "Tavshedspligt",
  text:
    "Jeg lover at holde tavshedspligt: Det, andre deltagere fortæller i gruppen, bliver i gruppen. " +
    "Jeg fortæller ikke videre, hvem der deltager, eller hvad de har delt – heller ikke efter at gruppen er slut.",
};

export const SENSITIVE_DATA_CONSENT: ConsentText = {
  key: "sensitive-data",
  version: "2026-11",
  title: "Samtykke til behandling af følsomme oplysninger",
  text:
    "Jeg giver udtrykkeligt samtykke til, at Selvhjælp Herning behandler mine oplysninger (navn, email, telefon, " +
    "postnummer, fødselsår og min besked) og det, at jeg søger en gruppe om netop dette emne. Det kan være " +
    "helbredsoplysninger og andre følsomme oplysninger. De bruges kun til at finde den rette gruppe til mig og til " +
    "at administrere mit medlemskab. Jeg kan til enhver tid trække samtykket tilbage.",
};

export const FEE_CONSENT: ConsentText = {
  key: "fee",
  version: "2026-11",
  title: "Medlemskab og kontingent",
  text:
    "Jeg ved, at kun medlemmer kan deltage i grupperne, og at medlemskab koster et årligt kontingent " +
    "(børn og unge under 18 år betaler ikke). Jeg bliver medlem eller fortsætter mit medlemskab, når jeg søger.",
};

export const MEMBER_DATA_CONSENT: ConsentText = {
  key: "member-data",
  version: "2026-11",
  title: "Samtykke til behandling af personoplysninger",
  text:
    "Jeg giver samtykke til, at Selvhjælp Herning gemmer og bruger mine oplysninger (navn, email, telefon, postnummer " +
    "og fødselsår) til at administrere mit medlemskab og kontakte mig om det. Jeg kan til enhver tid trække samtykket tilbage.",
};

export const INTEREST_CONSENT: ConsentText = {
  key: "interest",
  version: "2026-11",
  title: "Samtykke til interesselisten",
  text:
    "Jeg giver udtrykkeligt samtykke til, at Selvhjælp Herning gemmer mit navn, min email og det emne og den " +
    "aldersgruppe, jeg ønsker en gruppe om – også selv om emnet kan sige noget om mit helbred eller min situation. " +
    "Oplysningerne bruges kun til at kontakte mig, når der starter en gruppe. Jeg kan til enhver tid blive slettet.",
};

/** The value stored where one column can hold different consents (e.g. Member.consentVersion). */
export function consentStamp(consent: ConsentText): string {
  return `${consent.key}:${consent.version}`;
}
