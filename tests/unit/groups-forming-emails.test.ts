import { describe, expect, it } from "vitest";
import { acceptedEmail, type DecisionEmailFacts } from "@/lib/applications/emails";
import {
  groupCancelledEmail,
  groupStartsEmail,
  interestReachedNotice,
  minimumReachedNotice,
  groupNewsSubject,
  type GroupNewsFacts,
} from "@/lib/groups/forming-emails";
import { seededTopics } from "../helpers/seeded-topics";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

const group = {
  name: "Sorggruppe tirsdag",
  weekday: 2,
  startTime: "19:00",
  durationMinutes: 120,
  cadence: "BIWEEKLY" as const,
  place: "Fredensgade 14, 7400 Herning",
  startDate: null,
};
const facts = (over: Partial<GroupNewsFacts> = {}): GroupNewsFacts => ({
  to: "mette@example.dk",
  confirmedName: "Mette Hansen",
  standing: "PARTICIPANT",
  group,
  org: DEFAULT_IDENTITY,
  ...over,
});
const interestUrl = "https://example.dk/interesse?emne=sorg&alder=voksne";

/** What a lock screen shows: the subject, the greeting and the opening line. */
function shown(mail: { subject: string; text: string }) {
  const [greeting, opening] = mail.text.split("\n\n");
  return { greeting, visible: [mail.subject, greeting, opening] };
}

const topicWords = new RegExp(seededTopics.map((t) => t.label).join("|"), "i");

describe("news to the people of a planned group", () => {
  const mails = {
    "starts, participant": groupStartsEmail(facts()),
    "starts, received": groupStartsEmail(facts({ standing: "RECEIVED" })),
    "starts, waitlisted": groupStartsEmail(facts({ standing: "WAITLISTED" })),
    "cancelled, participant": groupCancelledEmail(facts(), interestUrl),
    "cancelled, applicant": groupCancelledEmail(facts({ standing: "RECEIVED" }), interestUrl),
  };

  it.each(Object.entries(mails))("%s: the subject and first lines name no group and no topic", (_kind, mail) => {
    expect(mail.subject).toBe(groupNewsSubject(DEFAULT_IDENTITY));
    for (const line of shown(mail).visible) {
      expect(line).not.toContain(group.name);
      expect(line).not.toMatch(/sorg|selvhjælpsgruppe/i);
      expect(line).not.toMatch(topicWords);
    }
    expect(mail.text).toContain(`selvhjælpsgruppen "${group.name}"`);
  });

  it("greets with the stored name only when the member has confirmed it, else neutrally", () => {
    expect(shown(groupStartsEmail(facts())).greeting).toBe("Kære Mette Hansen");
    const unconfirmed = groupStartsEmail(facts({ confirmedName: null }));
    expect(shown(unconfirmed).greeting).toBe("Hej");
    expect(unconfirmed.text).not.toContain("Mette");
  });

  it("tells a participant when and where the group meets, and an applicant how their application stands", () => {
    expect(mails["starts, participant"].text).toContain("som du er optaget i");
    expect(mails["starts, participant"].text).toContain("hver anden uge om tirsdagen kl. 19.00–21.00");
    expect(mails["starts, participant"].text).toContain("Sted: Fredensgade 14, 7400 Herning");
    expect(mails["starts, waitlisted"].text).toMatch(/stadig på ventelisten/);
    expect(mails["starts, received"].text).toMatch(/ikke afgjort din ansøgning endnu/);
  });

  it("says kindly that a cancelled group will not start, and offers the interest list for its topic", () => {
    expect(mails["cancelled, participant"].text).toMatch(/ikke bliver til noget/);
    expect(mails["cancelled, participant"].text).toMatch(/Din plads i gruppen bortfalder/);
    expect(mails["cancelled, applicant"].text).toMatch(/Din ansøgning kan derfor ikke føre til en plads/);
    expect(mails["cancelled, applicant"].text).toContain(interestUrl);
  });
});

describe("the coordinator's notices", () => {
  it("name no group, no topic and no person: the coordinator reads them after signing in", () => {
    const group = minimumReachedNotice("koordinator@example.dk", "grp123", "https://example.dk");
    const interest = interestReachedNotice("koordinator@example.dk", "https://example.dk");
    expect(group.to).toBe("koordinator@example.dk");
    expect(group.text).toContain("https://example.dk/admin/grupper/grp123");
    expect(interest.text).toContain("https://example.dk/admin");
    for (const mail of [group, interest]) {
      expect(mail.subject + mail.text).not.toMatch(topicWords);
      expect(mail.subject + mail.text).not.toMatch(/sorg/i);
    }
  });
});

describe("the admission email of a planned group", () => {
  const decision: DecisionEmailFacts = {
    member: { name: "Mette Hansen", email: "mette@example.dk" },
    group: { ...group, state: "PLANNED", expectedStartOn: new Date("2099-03-01T00:00:00Z") },
    org: DEFAULT_IDENTITY,
  };

  it("says the group is being gathered, that the applicant is in from the first meeting, and the expected start", () => {
    const mail = acceptedEmail(decision);
    expect(mail.text).toMatch(/ved at blive samlet, og du er med fra første gang/);
    expect(mail.text).toContain("Vi forventer at starte omkring 1. marts 2099.");
  });

  it("leaves a passed expected start out, and says nothing of forming for a running group", () => {
    expect(acceptedEmail({ ...decision, group: { ...decision.group, expectedStartOn: new Date("2001-01-01T00:00:00Z") } }).text).not.toMatch(
      /forventer at starte/,
    );
    expect(acceptedEmail({ ...decision, group: { ...decision.group, state: "STARTING" } }).text).not.toMatch(/ved at blive samlet/);
  });
});
