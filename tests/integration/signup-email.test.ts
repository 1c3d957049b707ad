import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyToGroup, becomeMember } from "@/lib/signup/actions";
import { registerInterest } from "@/lib/interest/actions";
import { createGroup } from "../helpers/fixtures";
import { applicationForm, clearSignupTables, expectRedirect, interestForm, memberForm, setSettings } from "../helpers/signup-fixtures";
import { confirmSubmission } from "@/lib/confirmations/actions";
import { deliverSoon } from "@/lib/email/worker";
import { confirmForm } from "../helpers/confirmation";
import { startSmtpCapture } from "../helpers/smtp-capture";

/** The owner opens the link from the mail they received and confirms; then the worker delivers what that queued. Once sent, the outbox keeps no copy of the link. */
async function confirmFromMail(mails: { to: string[]; text: string }[], email: string) {
  const mail = mails.findLast((m) => m.to.includes(email))!;
  const token = /\/bekraeft\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
  await expectRedirect(confirmSubmission(null, confirmForm(token)));
  await deliverSoon();
}

describe("emails over a real SMTP server", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    process.env.SMTP_URL = smtp.url; // lib/env.ts re-reads the environment under NODE_ENV=test
    process.env.SITE_URL = "https://selvhjaelp.test";
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.SITE_URL;
    await smtp.close();
  });
  beforeEach(async () => {
    await clearSignupTables();
    smtp.mails.length = 0;
    await setSettings({
      membershipFeeOre: 10000,
      mobilePayNumber: "55667",
      bankAccount: "9570 0001234567",
      coordinatorEmail: "koordinator@example.dk",
    });
  });

  it("sends the applicant what happens next and how to pay, and the coordinators a notice naming nobody and no topic", async () => {
    const group = await createGroup({ name: "Sorggruppe for voksne", topic: "GRIEF" });
    await expectRedirect(
      applyToGroup(null, applicationForm(group.id, { name: "Mette Hansen", email: "mette@example.dk", message: "Min mand døde i foråret" })),
    );
    await deliverSoon();
    expect(smtp.mails.map((m) => m.subject)).toEqual(["Bekræft din ansøgning – Selvhjælp Herning"]);
    await confirmFromMail(smtp.mails, "mette@example.dk");

    expect(smtp.mails).toHaveLength(3);
    const applicant = smtp.mails.findLast((m) => m.to.includes("mette@example.dk"))!;
    expect(applicant.subject).toBe("Tak for din ansøgning – Selvhjælp Herning");
    expect(applicant.text).toContain("forsamtale");
    expect(applicant.text).toContain("MobilePay til 55667");
    expect(applicant.text).toContain("9570 0001234567");
    expect(applicant.text).toContain("100 kr.");
    expect(applicant.text).not.toContain("Min mand døde");

    const notice = smtp.mails.find((m) => m.to.includes("koordinator@example.dk"))!;
    expect(notice.to).toEqual(["koordinator@example.dk"]);
    expect(notice.subject).toBe("Ny ansøgning på hjemmesiden");
    expect(notice.text).toContain("https://selvhjaelp.test/admin/ansoegninger");
    for (const secret of ["Mette", "Hansen", "mette@example.dk", "Sorggruppe", "sorg", "Sorg", "Min mand", "døde", "12345678"]) {
      expect(notice.raw).not.toContain(secret);
      expect(notice.text).not.toContain(secret);
      expect(notice.subject).not.toContain(secret);
    }
    // Recorded as sent in the outbox.
    expect(await db.outboxEmail.count({ where: { sentAt: { not: null } } })).toBe(3);
    // Sent: no copy of the link is left, sealed or not.
    expect(await db.outboxEmail.count({ where: { sealedText: { not: null } } })).toBe(0);
  });

  it("welcomes a new member with the fee and payment details", async () => {
    await expectRedirect(becomeMember(null, memberForm({ email: "ny@example.dk" })));
    await deliverSoon();
    await confirmFromMail(smtp.mails, "ny@example.dk");
    const welcome = smtp.mails.findLast((m) => m.to.includes("ny@example.dk"))!;
    expect(welcome.subject).toBe("Velkommen som medlem – Selvhjælp Herning");
    expect(welcome.text).toContain("100 kr.");
    expect(welcome.text).toContain("MobilePay til 55667");
    const notice = smtp.mails.find((m) => m.to.includes("koordinator@example.dk"))!;
    expect(notice.text).toContain("https://selvhjaelp.test/admin/medlemmer");
    expect(notice.raw).not.toMatch(/Mette|ny@example/);
  });

  it("confirms an interest-list entry to the person only", async () => {
    await expectRedirect(registerInterest(null, interestForm({ email: "ole@example.dk" })));
    await deliverSoon();
    await confirmFromMail(smtp.mails, "ole@example.dk");
    expect(smtp.mails.map((m) => m.to)).toEqual([["ole@example.dk"], ["ole@example.dk"]]);
    expect(smtp.mails[1].subject).toBe("Du er skrevet på interesselisten – Selvhjælp Herning");
  });
});
