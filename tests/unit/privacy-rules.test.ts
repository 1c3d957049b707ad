import { describe, expect, it } from "vitest";
import { signedInBeforePasswordChange } from "@/lib/auth/session-age";
import { memberExportDocument } from "@/lib/privacy/export-format";
import { seededTopics } from "../helpers/seeded-topics";
import { confirmsName, consentWithdrawal, isApplicationDue, isInterestDue, retentionCutoff } from "@/lib/privacy/rules";

const DAY = 86_400_000;
const now = new Date("2026-11-26T12:00:00Z");
const cutoff = retentionCutoff(now, 180);
const before = new Date(cutoff.getTime() - 1);
const after = new Date(cutoff.getTime() + 1);

describe("retention", () => {
  it("the cut-off lies the retention period before now", () => {
    expect(now.getTime() - cutoff.getTime()).toBe(180 * DAY);
  });

  it("declined and withdrawn applications are due from the decision, else from the last change", () => {
    expect(isApplicationDue({ status: "DECLINED", decidedAt: before, updatedAt: after }, cutoff)).toBe(true);
    expect(isApplicationDue({ status: "DECLINED", decidedAt: after, updatedAt: before }, cutoff)).toBe(false);
    expect(isApplicationDue({ status: "WITHDRAWN", decidedAt: null, updatedAt: before }, cutoff)).toBe(true);
    expect(isApplicationDue({ status: "WITHDRAWN", decidedAt: null, updatedAt: after }, cutoff)).toBe(false);
  });

  it("open and accepted applications are never due", () => {
    for (const status of ["RECEIVED", "WAITLISTED", "ACCEPTED"] as const) {
      expect(isApplicationDue({ status, decidedAt: before, updatedAt: before }, cutoff)).toBe(false);
    }
  });

  it("interest entries are due once handled, or when the consent is older than the period", () => {
    expect(isInterestDue({ handledAt: now, consentAt: now }, cutoff)).toBe(true);
    expect(isInterestDue({ handledAt: null, consentAt: before }, cutoff)).toBe(true);
    expect(isInterestDue({ handledAt: null, consentAt: after }, cutoff)).toBe(false);
  });
});

describe("erasure confirmation", () => {
  it("accepts the member's name with other spacing or case, and nothing else", () => {
    expect(confirmsName("  søren   ØSTERGÅRD ", "Søren Østergård")).toBe(true);
    expect(confirmsName("Søren", "Søren Østergård")).toBe(false);
    expect(confirmsName("", "")).toBe(false);
  });
});

describe("consent withdrawal", () => {
  it("withdraws open applications, ends an accepted one's place, records it on closed ones, once", () => {
    expect(consentWithdrawal("RECEIVED", false)).toEqual({ kind: "withdraw" });
    expect(consentWithdrawal("WAITLISTED", false)).toEqual({ kind: "withdraw" });
    expect(consentWithdrawal("ACCEPTED", false)).toEqual({ kind: "leave-group" });
    expect(consentWithdrawal("DECLINED", false)).toEqual({ kind: "keep-status" });
    expect(consentWithdrawal("WITHDRAWN", false)).toEqual({ kind: "keep-status" });
    expect(consentWithdrawal("ACCEPTED", true)).toEqual({ kind: "already" });
  });
});

describe("sessions after a password change", () => {
  it("rejects sessions signed in before the change, in whole seconds", () => {
    const changed = new Date("2026-11-26T12:00:00.700Z");
    const second = Math.floor(changed.getTime() / 1000);
    expect(signedInBeforePasswordChange(second - 1, changed)).toBe(true);
    expect(signedInBeforePasswordChange(second, changed)).toBe(false);
    expect(signedInBeforePasswordChange(second + 10, changed)).toBe(false);
    expect(signedInBeforePasswordChange(0, null)).toBe(false);
  });
});

describe("the export document", () => {
  it("uses Danish words and ISO times, and money in kroner", () => {
    const doc = memberExportDocument(
      {
        organisation: "Selvhjælp Testby",
        member: {
          name: "A",
          email: "a@example.dk",
          phone: null,
          postcode: "7400",
          birthYear: null,
          consentAt: now,
          consentVersion: "v1",
          createdAt: now,
          updatedAt: now,
        },
        memberships: [{ periodStart: null, periodEnd: null, feeOre: 12550, status: "PENDING_PAYMENT", createdAt: now, payments: [] }],
        applications: [],
        participations: [],
        interest: [
          {
            name: "A",
            email: "a@example.dk",
            topic: "GRIEF",
            ageBand: "ADULTS",
            consentAt: now,
            consentVersion: "i1",
            handledAt: null,
            createdAt: now,
          },
        ],
        emails: [],
      },
      now,
      seededTopics,
    );
    expect(doc.om).toBe("Alle oplysninger, Selvhjælp Testby har gemt om dig. Tidspunkter er i UTC (ISO 8601).");
    expect(doc.udtrukket).toBe("2026-11-26T12:00:00.000Z");
    expect(doc.medlemskaber[0]).toMatchObject({ status: "Afventer betaling", kontingent: expect.stringMatching(/^125,50\s*kr\.?$/) });
    expect(doc.interesseliste[0]).toMatchObject({ emne: "Sorg", aldersgruppe: "Voksne" });
  });
});
