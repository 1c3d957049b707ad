import { describe, expect, it } from "vitest";
import { acceptedEmail, decisionSubject, declinedEmail, waitlistedEmail, type DecisionEmailFacts } from "@/lib/applications/emails";
import { renewalReminderEmail } from "@/lib/members/emails";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

const facts: DecisionEmailFacts = {
  member: { name: "Mette Hansen", email: "mette@example.dk" },
  group: {
    name: "Sorggruppe tirsdag",
    weekday: 2,
    startTime: "19:00",
    durationMinutes: 120,
    cadence: "BIWEEKLY",
    place: "Fredensgade 14, 7400 Herning",
    startDate: null,
  },
  org: DEFAULT_IDENTITY,
};

describe("decision emails to the applicant", () => {
  it("welcomes an accepted applicant with when and where the group meets", () => {
    const mail = acceptedEmail(facts);
    expect(mail.to).toBe("mette@example.dk");
    expect(mail.subject).toBe("Svar på din ansøgning – Selvhjælp Herning");
    expect(mail.text).toContain("Kære Mette Hansen");
    expect(mail.text).toContain('optaget i selvhjælpsgruppen "Sorggruppe tirsdag"');
    expect(mail.text).toContain("hver anden uge om tirsdagen kl. 19.00–21.00");
    expect(mail.text).toContain("Sted: Fredensgade 14, 7400 Herning");
    expect(mail.text).toMatch(/tavshedspligt/);
  });

  it("says that the time will follow when the group has no weekday yet", () => {
    expect(acceptedEmail({ ...facts, group: { ...facts.group, weekday: null } }).text).toMatch(/kontakter dig om, hvornår/);
  });

  it("tells a waitlisted applicant that we will be in touch", () => {
    const mail = waitlistedEmail(facts);
    expect(mail.text).toMatch(/venteliste/);
    expect(mail.text).toMatch(/kontakter dig/);
  });

  it("declines kindly, without reason codes", () => {
    const mail = declinedEmail(facts);
    expect(mail.text).toMatch(/desværre/);
    expect(mail.text).toMatch(/velkommen til at kontakte os/);
    expect(mail.text).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
  });
});

describe("what a lock screen shows (the subject and the first lines)", () => {
  const reminder = renewalReminderEmail({
    name: "Mette Hansen",
    email: "mette@example.dk",
    periodEnd: new Date("2026-12-24T12:00:00Z"),
    feeOre: 10000,
    mobilePayNumber: "12345",
    bankAccount: "",
    org: DEFAULT_IDENTITY,
  });
  const mails = { accepted: acceptedEmail(facts), waitlisted: waitlistedEmail(facts), declined: declinedEmail(facts), reminder };

  it.each(Object.entries(mails))("%s: names no group and no topic, and greets with the member's name", (_kind, mail) => {
    const [greeting, opening] = mail.text.split("\n\n");
    expect(greeting).toBe("Kære Mette Hansen");
    for (const shown of [mail.subject, greeting, opening]) {
      expect(shown).not.toContain(facts.group.name);
      expect(shown).not.toMatch(/sorg|gruppen|selvhjælpsgruppe/i);
    }
  });

  it("gives every decision the same calm subject", () => {
    expect(new Set([mails.accepted, mails.waitlisted, mails.declined].map((m) => m.subject))).toEqual(new Set([decisionSubject(DEFAULT_IDENTITY)]));
  });
});

describe("renewal reminder", () => {
  it("names the end date, the fee and how to pay", () => {
    const mail = renewalReminderEmail({
      name: "Jens",
      email: "j@example.dk",
      periodEnd: new Date("2026-12-24T12:00:00Z"),
      feeOre: 10000,
      mobilePayNumber: "12345",
      bankAccount: "",
      org: DEFAULT_IDENTITY,
    });
    expect(mail.text).toContain("udløber den 24. december 2026");
    expect(mail.text).toContain("100 kr.");
    expect(mail.text).toContain("MobilePay: 12345");
    expect(mail.text).not.toContain("Bankoverførsel");
  });
});
