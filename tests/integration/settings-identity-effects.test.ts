// Changing the organisation's identity in the settings changes what people read: the signature and
// subject of an email written after the change, the footer and header of every public page, the page
// titles, the privacy page and the consent text (with a version that says which text was shown).
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import PrivacyPage from "@/app/(public)/privatliv/page";
import { generateMetadata } from "@/app/layout";
import { saveIdentity } from "@/lib/settings/actions";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";
import { becomeMember } from "@/lib/signup/actions";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { createAdmin } from "../helpers/fixtures";
import { clearSignupTables, expectRedirect, memberForm } from "../helpers/signup-fixtures";

// The privacy page renders per request (connection()); here it is called as a function.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

const identity = {
  orgName: "Selvhjælp Testby",
  orgNameGenitive: "",
  orgStreet: "Torvet 1",
  orgPostcode: "8000",
  orgTown: "Testby",
  orgPhone: "86 12 34 56",
  orgEmail: "kontakt@testby.example",
  orgCvr: "12345678",
  orgWebsite: "https://testby.example",
  emailSignature: "Mange hilsner\nSelvhjælp Testby",
  dataControllerText: "",
};

const footer = async () => renderToStaticMarkup(await SiteFooter());

describe("the organisation's identity, once changed in the settings", () => {
  beforeEach(async () => {
    await db.settings.deleteMany();
    await db.auditEvent.deleteMany();
    await clearSignupTables();
    signInAs((await createAdmin()).id);
  });

  it("before any change: the footer, header and an email read exactly as before the identity was a setting", async () => {
    const html = await footer();
    expect(html).toContain("Selvhjælp Herning");
    expect(html).toContain("Fredensgade 14<br/>7400 Herning");
    expect(html).not.toMatch(/CVR|Telefon|mailto/);
    expect(renderToStaticMarkup(await SiteHeader())).toContain("Selvhjælp Herning");
    await expectRedirect(becomeMember(null, memberForm({ email: "mette@example.dk" })));
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "mette@example.dk" } });
    expect(mail.subject).toBe("Bekræft din indmeldelse – Selvhjælp Herning");
    expect(mail.text.endsWith("\n\nVenlig hilsen\nSelvhjælp Herning\nFredensgade 14, 7400 Herning")).toBe(true);
    expect((await db.member.findUniqueOrThrow({ where: { email: "mette@example.dk" } })).consentVersion).toBe("member-data:2026-11");
  });

  it("changes an email's subject, body and signature, the footer, the header, the titles, the privacy page and the consent version", async () => {
    expect(await saveIdentity(identity)).toEqual({ ok: true });
    // Every public page shows the footer: the whole site is revalidated.
    expect(revalidatedPaths()).toContain("/");

    const html = await footer();
    expect(html).toContain("Selvhjælp Testby");
    expect(html).toContain("Torvet 1<br/>8000 Testby");
    expect(html).toContain('href="tel:86123456"');
    expect(html).toContain('href="mailto:kontakt@testby.example"');
    expect(html).toContain("CVR 12345678");
    expect(html).not.toMatch(/Herning|Fredensgade/);
    expect(renderToStaticMarkup(await SiteHeader())).toContain("Selvhjælp Testby");
    expect(await generateMetadata()).toMatchObject({
      title: { default: "Selvhjælp Testby", template: "%s · Selvhjælp Testby" },
      openGraph: { siteName: "Selvhjælp Testby" },
    });

    await expectRedirect(becomeMember(null, memberForm({ email: "mette@example.dk" })));
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "mette@example.dk" } });
    expect(mail.subject).toBe("Bekræft din indmeldelse – Selvhjælp Testby");
    expect(mail.text).toContain("indmeldelse i Selvhjælp Testby");
    expect(mail.text.endsWith("\n\nMange hilsner\nSelvhjælp Testby")).toBe(true);
    expect(mail.text).not.toMatch(/Herning|Fredensgade/);
    // The member consented to a text naming Selvhjælp Testby: its stored version is not the one of the text as written.
    expect((await db.member.findUniqueOrThrow({ where: { email: "mette@example.dk" } })).consentVersion).toMatch(
      /^member-data:2026-11\+[0-9a-f]{8}$/,
    );

    const privacy = renderToStaticMarkup(await PrivacyPage());
    expect(privacy).toContain("Selvhjælp Testby, Torvet 1, 8000 Testby, er dataansvarlig.");
    expect(privacy).toContain("at Selvhjælp Testby gemmer og bruger mine oplysninger");
    expect(privacy).toMatch(/version 2026-11\+[0-9a-f]{8}/);
    expect(privacy).not.toMatch(/Selvhjælp Herning|Fredensgade/);
  });

  it("set back to the defaults, reads as before again (the consent's plain version too)", async () => {
    expect(await saveIdentity(identity)).toEqual({ ok: true });
    expect(await saveIdentity({ ...DEFAULT_IDENTITY })).toEqual({ ok: true });
    expect(await footer()).toContain("Fredensgade 14<br/>7400 Herning");
    await expectRedirect(becomeMember(null, memberForm({ email: "mette@example.dk" })));
    expect((await db.member.findUniqueOrThrow({ where: { email: "mette@example.dk" } })).consentVersion).toBe("member-data:2026-11");
  });
});
