// Danish words for audit verbs and record types. Verbs not listed here are shown as they are.
const actionLabels: Record<string, string> = {
  "user.invite": "Inviterede bruger",
  "user.reinvite": "Sendte ny invitation",
  "user.deactivate": "Deaktiverede bruger",
  "user.reactivate": "Genaktiverede bruger",
  "user.password-change": "Skiftede egen adgangskode",
  "user.password-set": "Valgte adgangskode fra invitation",
  "content.update": "Rettede sidetekst",
  "settings.update": "Rettede indstillinger",
  "outbox.view": "Åbnede mail i udbakken",
  "application.view": "Åbnede ansøgning",
  "member.view": "Åbnede medlem",
  "member.export-data": "Hentede medlemmets persondata",
  "member.erase": "Slettede medlem efter anmodning",
  "application.withdraw-consent": "Registrerede tilbagetrukket samtykke",
  "retention.purge": "Slettede udløbne oplysninger",
};

const entityLabels: Record<string, string> = {
  User: "Bruger",
  PageContent: "Sidetekst",
  OutboxEmail: "Mail",
  Application: "Ansøgning",
  Member: "Medlem",
  Membership: "Medlemskab",
  Payment: "Betaling",
  Group: "Gruppe",
  Facilitator: "Igangsætter",
  Meeting: "Møde",
  Settings: "Indstillinger",
  Retention: "Opbevaring",
};

export const auditActionLabel = (action: string) => actionLabels[action] ?? action;
export const auditEntityLabel = (type: string) => entityLabels[type] ?? type;
