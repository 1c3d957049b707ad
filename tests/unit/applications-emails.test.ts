import { describe, expect, it } from "vitest";
import { acceptedEmail, declinedEmail, waitlistedEmail, type DecisionEmailFacts } from "@/lib/applications/emails";
import { renewalReminderEmail } from "@/lib/members/emails";

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
};

describe("decision emails to the applicant", () => {
  it("welcomes an accepted applicant with when and where the group meets", () => {
    const mail = acceptedEmail(facts);
    expect(mail.to).toBe("mette@example.dk");
    expect(mail.subject).toBe("Velkommen i gruppen Sorggruppe tirsdag");
    expect(mail.text).toContain("Kære Mette Hansen");
    expect(mail.text).toContain("hver anden uge om tirsdagen kl. 19.00–21.00");
    expect(mail.text).toContain("Sted: Fredensgade 14, 7400 Herning");
    expect(mail.text).toMatch(/tavshedspligt/);
  });

  it("says that the time will follow when the group has no weekday yet", () => {
    expect(acceptedEmail({ ...facts, group: { ...facts.group, weekday: null } }).text).toMatch(/kontakter dig om, hvornår/);
  });

  it("tells a waitlisted applicant that we will be in touch", () => {
    const mail = waitlistedEmail(facts);
    expect(mail.subject).toMatch(/venteliste/);
    expect(mail.text).toMatch(/kontakter dig/);
  });

  it("declines kindly, without reason codes", () => {
    const mail = declinedEmail(facts);
    expect(mail.text).toMatch(/desværre/);
    expect(mail.text).toMatch(/velkommen til at kontakte os/);
    expect(mail.text).not.toMatch(/[A-Z]{2,}_[A-Z]+/);
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
    });
    expect(mail.text).toContain("udløber den 24. december 2026");
    expect(mail.text).toContain("100 kr.");
    expect(mail.text).toContain("MobilePay: 12345");
    expect(mail.text).not.toContain("Bankoverførsel");
  });
});
