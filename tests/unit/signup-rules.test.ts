import { describe, expect, it } from "vitest";
import { membershipFee } from "@/lib/signup/rules";
import { formFields } from "@/lib/command/form-fields";
import { memberInput } from "@/lib/signup/schema";
import { z } from "@/lib/validation/zod";
import { ageBandFromSlug, interestHref, topicFromSlug } from "@/lib/interest/links";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";
import {
  consentFor,
  CONSENTS,
  consentStamp,
  CONFIDENTIALITY_CONSENT,
  FEE_CONSENT,
  INTEREST_CONSENT,
  MEMBER_DATA_CONSENT,
  SENSITIVE_DATA_CONSENT,
  textFingerprint,
} from "@/lib/consents";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

describe("membershipFee", () => {
  const now = new Date("2026-11-26");
  it("charges the fee from the settings to adults and those without a birth year", () => {
    expect(membershipFee(1980, 10000, now)).toEqual({ feeOre: 10000, status: "PENDING_PAYMENT" });
    expect(membershipFee(null, 12500, now)).toEqual({ feeOre: 12500, status: "PENDING_PAYMENT" });
  });
  it("waives it for children and youth under 18", () => {
    expect(membershipFee(2012, 10000, now)).toEqual({ feeOre: 0, status: "WAIVED" });
  });
});

describe("form posts", () => {
  const post = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  const member = { name: "Mette", email: "mette@example.dk", postcode: "7400" };

  it('a ticked consent arrives as "on" and counts; an absent one does not', () => {
    expect(memberInput.parse(formFields(post({ ...member, consentMemberData: "on", $ACTION_ID_abc: "" }))).consentMemberData).toBe(true);
    const missing = memberInput.safeParse(formFields(post(member)));
    expect(missing.success).toBe(false);
    expect(z.flattenError(missing.error!).fieldErrors).toEqual({ consentMemberData: ["Du skal give samtykke, før vi kan gemme dine oplysninger."] });
  });

  it("refuses a consent with any other value", () => {
    const odd = memberInput.safeParse(formFields(post({ ...member, consentMemberData: "ja tak" })));
    expect(odd.success).toBe(false);
  });

  it("drops Next's action fields and the honeypot from the input", () => {
    expect(formFields(post({ name: "Mette", $ACTION_ID_abc: "", website: "spam" }))).toEqual({ name: "Mette" });
  });
});

describe("interest links", () => {
  it("uses the catalogue's slugs and reads them back", () => {
    expect(interestHref(seededTopic("GRIEF"), "ADULTS")).toBe("/interesse?emne=sorg&alder=voksne");
    expect(interestHref()).toBe("/interesse");
    expect(topicFromSlug(seededTopics, "fysisk-aktivitet")).toBe("PHYSICAL_ACTIVITY");
    expect(ageBandFromSlug("aeldre")).toBe("ELDERLY");
    expect(topicFromSlug(seededTopics, "ukendt")).toBeUndefined();
    // A retired topic cannot be chosen on the interest list: no link preselects it, no slug reads as it.
    const retired = { ...seededTopic("DIVORCE"), retired: true };
    expect(interestHref(retired, "ADULTS")).toBe("/interesse?alder=voksne");
    expect(topicFromSlug([retired], "skilsmisse")).toBeUndefined();
    expect(ageBandFromSlug(["voksne"])).toBeUndefined();
  });
});

describe("consent texts", () => {
  it("each has a distinct key, a version and a full text", () => {
    const all = [CONFIDENTIALITY_CONSENT, SENSITIVE_DATA_CONSENT, FEE_CONSENT, MEMBER_DATA_CONSENT, INTEREST_CONSENT];
    expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
    for (const c of all) {
      expect(c.version).toMatch(/^\d{4}-\d{2}$/);
      expect(c.text(DEFAULT_IDENTITY.orgName).length).toBeGreaterThan(80);
    }
    expect(consentStamp(consentFor(MEMBER_DATA_CONSENT, DEFAULT_IDENTITY.orgName))).toBe("member-data:2026-11");
    expect(CONFIDENTIALITY_CONSENT.text("")).toMatch(/efter at gruppen er slut/);
  });

  it("keep their plain version with the name they were written with, so versions stored before stay true", () => {
    for (const c of CONSENTS) expect(consentFor(c, DEFAULT_IDENTITY.orgName)).toMatchObject({ key: c.key, version: c.version });
    expect(consentFor(SENSITIVE_DATA_CONSENT, DEFAULT_IDENTITY.orgName).text).toContain(`at ${DEFAULT_IDENTITY.orgName} behandler`);
  });

  it("with another name, name it and get a version that fingerprints the exact text shown", () => {
    const other = consentFor(SENSITIVE_DATA_CONSENT, "Selvhjælp Testby");
    expect(other.text).toContain("at Selvhjælp Testby behandler");
    expect(other.version).toBe(`2026-11+${textFingerprint(other.text)}`);
    expect(other.version).toMatch(/^2026-11\+[0-9a-f]{8}$/);
    // The same text always gives the same version; another name another one.
    expect(consentFor(SENSITIVE_DATA_CONSENT, "Selvhjælp Testby").version).toBe(other.version);
    expect(consentFor(SENSITIVE_DATA_CONSENT, "Selvhjælp Andenby").version).not.toBe(other.version);
    // A text that does not name the organisation keeps its version under any name.
    expect(consentFor(CONFIDENTIALITY_CONSENT, "Selvhjælp Testby").version).toBe("2026-11");
    expect(consentFor(FEE_CONSENT, "Selvhjælp Testby").version).toBe("2026-11");
  });
});
