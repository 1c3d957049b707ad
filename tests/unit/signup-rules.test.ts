import { describe, expect, it } from "vitest";
import { membershipFee } from "@/lib/signup/rules";
import { formFields } from "@/lib/command/form-fields";
import { memberInput } from "@/lib/signup/schema";
import { z } from "@/lib/validation/zod";
import { ageBandFromSlug, interestHref, topicFromSlug } from "@/lib/interest/links";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";
import { consentStamp, CONFIDENTIALITY_CONSENT, FEE_CONSENT, INTEREST_CONSENT, MEMBER_DATA_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";

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
      expect(c.text.length).toBeGreaterThan(80);
    }
    expect(consentStamp(MEMBER_DATA_CONSENT)).toBe("member-data:2026-11");
    expect(CONFIDENTIALITY_CONSENT.text).toMatch(/efter at gruppen er slut/);
  });
});
