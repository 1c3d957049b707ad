// Every audit verb with its Danish label, and every record type the log can point at. A verb that is
// not in AUDIT_VERBS does not typecheck, so the log never shows a coordinator an internal code.
// Safe in the browser (the log's filter lists these labels).
export const AUDIT_VERBS = {
  "user.invite": "Inviterede bruger",
  "user.reinvite": "Sendte ny invitation",
  "user.deactivate": "Deaktiverede bruger",
  "user.reactivate": "Genaktiverede bruger",
  "user.password-change": "Skiftede egen adgangskode",
  "user.password-set": "Valgte adgangskode fra invitation",
  "user.password-link": "Sendte link til at vælge ny adgangskode",
  "user.password-reset-request": "Der blev bedt om link til ny adgangskode (glemt adgangskode)",
  "user.password-reset": "Valgte ny adgangskode fra link",
  "user.sign-out": "Loggede ud",
  "content.update": "Rettede sidetekst",
  "settings.update": "Rettede indstillinger",
  "topic.create": "Oprettede emne",
  "topic.update": "Rettede emne",
  "topic.move": "Flyttede emne i rækkefølgen",
  "topic.retire": "Satte emne som udgået",
  "topic.restore": "Tog udgået emne i brug igen",
  "settings.identity-update": "Rettede foreningens navn og kontaktoplysninger",
  "outbox.view": "Åbnede mail i udbakken",
  "outbox.list": "Så listen over mails i udbakken",
  "group.participants-view": "Så gruppens deltagere",
  "application.view": "Åbnede ansøgning",
  "application.list": "Så listen over ansøgninger",
  "application.intake": "Registrerede forsamtale",
  "application.accept": "Optog ansøger i gruppe",
  "application.waitlist": "Satte ansøger på venteliste",
  "application.decline": "Afslog ansøgning",
  "application.withdraw": "Registrerede at ansøger trak sig",
  "application.withdraw-consent": "Registrerede tilbagetrukket samtykke",
  "application.mark-confirmed": "Markerede ansøgning som bekræftet efter forsamtale",
  "submission.confirm": "Ejeren af emailadressen bekræftede via link",
  "member.view": "Åbnede medlem",
  "member.export": "Hentede medlemslisten (CSV)",
  "member.export-data": "Hentede medlemmets persondata",
  "member.erase": "Slettede medlem efter anmodning",
  "membership.payment": "Registrerede betaling",
  "membership.waive": "Fritog for kontingent",
  "membership.create": "Oprettede ny medlemsperiode",
  "membership.reminder": "Sendte påmindelse om fornyelse",
  "membership.expire": "Markerede udløbne medlemskaber",
  "membership.close": "Lukkede medlemskab, der afventede betaling",
  "group.create": "Oprettede gruppe",
  "group.update": "Rettede gruppe",
  "group.decisions": "Rettede gruppens egne beslutninger",
  "group.readiness": "Rettede parathedstjek",
  "group.state.planned": "Satte gruppen til planlægning",
  "group.state.starting": "Startede gruppen",
  "group.state.withdrawing": "Lod igangsætterne begynde at trække sig",
  "group.state.self_running": "Gjorde gruppen selvkørende",
  "group.state.ended": "Afsluttede gruppen",
  "facilitator.update": "Rettede igangsætter",
  "assignment.create": "Tilknyttede igangsætter til gruppe",
  "assignment.release": "Frigjorde igangsætter fra gruppe",
  "meeting.create": "Registrerede møde",
  "meeting.delete": "Slettede møde",
  "meeting.attendance-reminder": "Mindede igangsættere om at registrere møder",
  "participation.end": "Registrerede at deltager er stoppet",
  "retention.purge": "Slettede udløbne oplysninger",
  "statistics.export": "Hentede årstal (CSV)",
  "calendar-feed.create": "Lavede kalenderlink til egne grupper",
  "calendar-feed.replace": "Lavede nyt kalenderlink (det gamle virker ikke længere)",
  "calendar-feed.revoke": "Slettede kalenderlink",
  "job.run-request": "Bad om at køre en automatisk opgave nu",
  // A member on their own page ("Min side"); the log shows the member as the actor.
  "member.self-link-request": "Der blev bedt om et link til Min side",
  "member.self-sign-in": "Loggede ind på Min side med link",
  "member.self-sign-out": "Loggede ud af Min side",
  "member.self-view": "Så sine egne oplysninger på Min side",
  "member.self-export": "Hentede sine egne data fra Min side",
  "member.self-update": "Rettede sine kontaktoplysninger på Min side",
  "member.self-email-request": "Bad om at skifte email på Min side",
  "member.self-email-change": "Bekræftede sin nye email med link",
  "membership.self-renew": "Fornyede sit medlemskab på Min side",
  "application.self-withdraw": "Trak sin ansøgning tilbage på Min side",
  "application.self-withdraw-consent": "Trak sit samtykke tilbage på Min side",
  "interest.self-remove": "Fjernede sig fra interesselisten på Min side",
  "erasure.request": "Bad om at få sine oplysninger slettet",
  "erasure.cancel": "Fortrød sin anmodning om sletning",
  "erasure.confirm": "Bekræftede anmodning om sletning og slettede medlemmet",
} as const satisfies Record<string, string>;

export type AuditVerb = keyof typeof AUDIT_VERBS;

export const AUDIT_ENTITIES = {
  User: "Bruger",
  PageContent: "Sidetekst",
  OutboxEmail: "Mail",
  Application: "Ansøgning",
  Member: "Medlem",
  Membership: "Medlemskab",
  Payment: "Betaling",
  Group: "Gruppe",
  Facilitator: "Igangsætter",
  FacilitatorAssignment: "Tilknytning",
  Meeting: "Møde",
  Participation: "Deltagelse",
  Settings: "Indstillinger",
  Topic: "Emne",
  Retention: "Opbevaring",
  Statistics: "Årstal",
  Interest: "Interesseliste",
  Job: "Automatisk opgave",
} as const satisfies Record<string, string>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const isAuditVerb = (v: string): v is AuditVerb => Object.hasOwn(AUDIT_VERBS, v);
export const auditVerbLabel = (v: string) => (isAuditVerb(v) ? AUDIT_VERBS[v] : "Ukendt handling");
export const auditEntityLabel = (t: string) => (Object.hasOwn(AUDIT_ENTITIES, t) ? AUDIT_ENTITIES[t as AuditEntity] : "Andet");

/** Structured details: ids and counts only, never personal free text. */
export type AuditDetails = Record<string, string | number | boolean | null>;

/** Where the admin area shows the record an event is about, when it has a page of its own. */
export function auditEntityHref(type: string, id: string | null): string | null {
  if (!id) return type === "Settings" ? "/admin/indstillinger" : null;
  const encoded = encodeURIComponent(id);
  switch (type) {
    case "Application":
      return `/admin/ansoegninger/${encoded}`;
    case "Member":
      return `/admin/medlemmer/${encoded}`;
    case "Group":
      return `/admin/grupper/${encoded}`;
    case "Facilitator":
      return `/admin/igangsaettere/${encoded}`;
    case "OutboxEmail":
      return `/admin/udbakke/${encoded}`;
    case "PageContent":
      return `/admin/indhold/${encoded}`;
    case "User":
      return "/admin/brugere";
    case "Settings":
      return "/admin/indstillinger";
    case "Topic":
      return "/admin/emner";
    case "Job":
      return "/admin/drift";
    default:
      return null;
  }
}

const detailLabels: Record<string, string> = {
  applications: "ansøgninger",
  interest: "interesse-tilmeldinger",
  sent: "sendt",
  count: "antal",
  year: "år",
  expired: "udløbet",
  lapsed: "uden fornyelse",
  groups: "grupper",
  emails: "mails",
};

/** The details as short Danish text: only known keys with numbers, never free text. */
export function auditDetailsText(json: string | null): string | null {
  if (!json) return null;
  let details: unknown;
  try {
    details = JSON.parse(json);
  } catch {
    return null;
  }
  if (!details || typeof details !== "object") return null;
  const parts = Object.entries(details as Record<string, unknown>)
    .filter(([key, value]) => key in detailLabels && typeof value === "number")
    .map(([key, value]) => `${value} ${detailLabels[key]}`);
  return parts.length ? parts.join(", ") : null;
}
