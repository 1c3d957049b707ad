// The copy of a person's data we hand them on request: plain JSON with Danish keys and words, so the
// person can read it. Pure: takes what data.ts selected, returns the document.
import { applicationStatusLabel, declineReasonLabel, type ApplicationStatusValue, type DeclineReasonValue } from "@/lib/applications/labels";
import { formatKroner } from "@/lib/format";
import { ageBandLabel, type AgeBandValue } from "@/lib/groups/labels";
import { topicLabel, type TopicKey, type TopicList } from "@/lib/topics/topics";
import { membershipStatusLabel, paymentMethodLabel, type MembershipStatusValue, type PaymentMethodValue } from "@/lib/members/labels";

export type MemberExportSource = {
  /** The organisation's name, as the settings say it. */
  organisation: string;
  member: {
    name: string;
    email: string;
    phone: string | null;
    postcode: string;
    birthYear: number | null;
    consentAt: Date;
    consentVersion: string;
    createdAt: Date;
    updatedAt: Date;
  };
  memberships: {
    periodStart: Date | null;
    periodEnd: Date | null;
    feeOre: number;
    status: MembershipStatusValue;
    createdAt: Date;
    payments: { amountOre: number; method: PaymentMethodValue; reference: string | null; paidOn: Date }[];
  }[];
  applications: {
    groupName: string;
    status: ApplicationStatusValue;
    message: string | null;
    createdAt: Date;
    consentConfidentialityAt: Date;
    consentConfidentialityVersion: string;
    consentSensitiveDataAt: Date;
    consentSensitiveDataVersion: string;
    consentFeeAt: Date;
    consentFeeVersion: string;
    consentWithdrawnAt: Date | null;
    intakeHeldOn: Date | null;
    declineReason: DeclineReasonValue | null;
    decidedAt: Date | null;
  }[];
  participations: { groupName: string; joinedAt: Date; leftAt: Date | null }[];
  interest: {
    name: string;
    email: string;
    topic: TopicKey;
    ageBand: AgeBandValue;
    consentAt: Date;
    consentVersion: string;
    handledAt: Date | null;
    createdAt: Date;
  }[];
  emails: { subject: string; text: string; createdAt: Date; sentAt: Date | null }[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `topics`: every topic, for the interest entries' labels (a retired topic still names its entries). */
export function memberExportDocument(s: MemberExportSource, exportedAt: Date, topics: TopicList) {
  return {
    om: `Alle oplysninger, ${s.organisation} har gemt om dig. Tidspunkter er i UTC (ISO 8601).`,
    udtrukket: exportedAt.toISOString(),
    medlem: {
      navn: s.member.name,
      email: s.member.email,
      telefon: s.member.phone,
      postnummer: s.member.postcode,
      foedselsaar: s.member.birthYear,
      samtykke: { givet: iso(s.member.consentAt), version: s.member.consentVersion },
      oprettet: iso(s.member.createdAt),
      senestAendret: iso(s.member.updatedAt),
    },
    medlemskaber: s.memberships.map((m) => ({
      status: membershipStatusLabel[m.status],
      periodeFra: iso(m.periodStart),
      periodeTil: iso(m.periodEnd),
      kontingent: formatKroner(m.feeOre),
      oprettet: iso(m.createdAt),
      betalinger: m.payments.map((p) => ({
        beloeb: formatKroner(p.amountOre),
        betalingsmaade: paymentMethodLabel[p.method],
        reference: p.reference,
        betalt: iso(p.paidOn),
      })),
    })),
    ansoegninger: s.applications.map((a) => ({
      gruppe: a.groupName,
      status: applicationStatusLabel[a.status],
      afslagsgrund: a.declineReason ? declineReasonLabel[a.declineReason] : null,
      besked: a.message,
      modtaget: iso(a.createdAt),
      forsamtale: iso(a.intakeHeldOn),
      afgjort: iso(a.decidedAt),
      samtykker: {
        tavshedspligt: { givet: iso(a.consentConfidentialityAt), version: a.consentConfidentialityVersion },
        foelsommeOplysninger: { givet: iso(a.consentSensitiveDataAt), version: a.consentSensitiveDataVersion },
        kontingent: { givet: iso(a.consentFeeAt), version: a.consentFeeVersion },
        trukketTilbage: iso(a.consentWithdrawnAt),
      },
    })),
    deltagelse: s.participations.map((p) => ({ gruppe: p.groupName, startet: iso(p.joinedAt), stoppet: iso(p.leftAt) })),
    interesseliste: s.interest.map((i) => ({
      navn: i.name,
      email: i.email,
      emne: topicLabel(topics, i.topic),
      aldersgruppe: ageBandLabel[i.ageBand],
      samtykke: { givet: iso(i.consentAt), version: i.consentVersion },
      kontaktet: iso(i.handledAt),
      oprettet: iso(i.createdAt),
    })),
    mails: s.emails.map((e) => ({ emne: e.subject, tekst: e.text, oprettet: iso(e.createdAt), sendt: iso(e.sentAt) })),
  };
}
export type MemberExportDocument = ReturnType<typeof memberExportDocument>;
