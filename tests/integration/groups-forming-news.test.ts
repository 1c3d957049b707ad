import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptApplicationAction, waitlistApplicationAction } from "@/lib/applications/actions";
import { changeGroupState } from "@/lib/groups/actions";
import { groupNewsSubject } from "@/lib/groups/forming-emails";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

const GROUP_NEWS_SUBJECT = groupNewsSubject(DEFAULT_IDENTITY);
import { assignFacilitator, createAdmin, createFacilitator, createMember, createPaidMembership } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/db-tables";
import { applicant, COORDINATOR, plannedGroup, setCoordinatorEmail } from "../helpers/forming-fixtures";
import { signInAs } from "../helpers/request";
import { seededTopics } from "../helpers/seeded-topics";

// Applicants hear when something changes for them: admitted and waitlisted (the decision emails), the
// group starts, the group is cancelled before it started. Each mail is queued in the command's
// transaction; its subject and first lines name no group and no topic.

let adminId: string;

beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
  await setCoordinatorEmail(COORDINATOR);
});

/** A planned group with a participant, a received and a waitlisted applicant, and people who must hear nothing. */
async function peopleOfAGroup() {
  const g = await plannedGroup(4, { name: "Sorggruppe onsdag" });
  const participant = await createMember({ name: "Pia Deltager" });
  await db.participation.create({ data: { groupId: g.id, memberId: participant.id } });
  const received = await applicant(g.id, { intake: false, name: "Rasmus Ansøger" });
  const waitlisted = await applicant(g.id, { status: "WAITLISTED", name: "Vera Venteliste" });
  const unconfirmed = await applicant(g.id, { unconfirmed: true, name: "Ukendt Adresse" });
  const declined = await applicant(g.id, { name: "Dorte Afslået" });
  await db.application.update({ where: { id: declined.application.id }, data: { status: "DECLINED" } });
  return { g, participant, received: received.member, waitlisted: waitlisted.member, silent: [unconfirmed.member, declined.member] };
}

async function mailsTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email }, select: { subject: true, text: true } });
}

function expectLockScreenSafe(mail: { subject: string; text: string }, groupName: string) {
  const [greeting, opening] = mail.text.split("\n\n");
  for (const shown of [mail.subject, greeting, opening]) {
    expect(shown).not.toContain(groupName);
    expect(shown).not.toMatch(new RegExp(seededTopics.map((t) => t.label).join("|"), "i"));
  }
}

async function startable(groupId: string) {
  await assignFacilitator(groupId, (await createFacilitator()).facilitator.id);
}

describe("when a planned group starts", () => {
  it("tells each participant and each open, confirmed applicant once; nobody else", async () => {
    const { g, participant, received, waitlisted, silent } = await peopleOfAGroup();
    await startable(g.id);
    expect(await changeGroupState({ groupId: g.id, to: "STARTING" })).toEqual({ ok: true });

    const [p] = await mailsTo(participant.email);
    expect(p.subject).toBe(GROUP_NEWS_SUBJECT);
    expect(p.text.split("\n\n")[0]).toBe("Kære Pia Deltager");
    expect(p.text).toContain(`Nu starter selvhjælpsgruppen "${g.name}", som du er optaget i.`);
    expectLockScreenSafe(p, g.name);

    const [r] = await mailsTo(received.email);
    expect(r.text).toMatch(/ikke afgjort din ansøgning endnu/);
    expectLockScreenSafe(r, g.name);
    const [w] = await mailsTo(waitlisted.email);
    expect(w.text).toMatch(/stadig på ventelisten/);

    for (const m of silent) expect(await mailsTo(m.email)).toEqual([]);
    expect(await db.outboxEmail.count({ where: { subject: GROUP_NEWS_SUBJECT } })).toBe(3);
  });

  it("a refused start queues nothing", async () => {
    const { g } = await peopleOfAGroup();
    expect(await changeGroupState({ groupId: g.id, to: "STARTING" })).toMatchObject({ ok: false, code: "NO_FACILITATOR" });
    expect(await db.outboxEmail.count({ where: { subject: GROUP_NEWS_SUBJECT } })).toBe(0);
  });
});

describe("when a planned group is cancelled (ended before it started)", () => {
  it("tells participants and open applicants, offers the interest list, and never says the internal reason", async () => {
    const { g, participant, received, silent } = await peopleOfAGroup();
    const reason = "Igangsætteren blev syg";
    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason })).toEqual({ ok: true });
    const [p] = await mailsTo(participant.email);
    expect(p.text).toMatch(/ikke bliver til noget alligevel/);
    expect(p.text).toContain("/interesse?emne=");
    expect(p.text).not.toContain(reason);
    expectLockScreenSafe(p, g.name);
    expect((await mailsTo(received.email))[0].text).toMatch(/Din ansøgning kan derfor ikke føre til en plads/);
    for (const m of silent) expect(await mailsTo(m.email)).toEqual([]);
  });

  it("a group that had started and then ends sends no cancellation; neither does a refusal without a reason", async () => {
    const { g } = await peopleOfAGroup();
    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason: "" })).toMatchObject({ ok: false, code: "REASON_REQUIRED" });
    await startable(g.id);
    await changeGroupState({ groupId: g.id, to: "STARTING" });
    const afterStart = await db.outboxEmail.count();
    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason: "Gruppen er slut" })).toEqual({ ok: true });
    expect(await db.outboxEmail.count()).toBe(afterStart);
  });

  it("is refused to anyone but an administrator, with nothing queued", async () => {
    const { g } = await peopleOfAGroup();
    signInAs(null);
    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason: "x" })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs((await createFacilitator()).user.id);
    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason: "x" })).toMatchObject({ ok: false, code: "DENIED" });
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("admitted and waitlisted in a planned group", () => {
  it("the admission says the group is being gathered; the waitlisting is the calm decision email", async () => {
    const g = await plannedGroup(4, { name: "Sorggruppe torsdag" });
    await db.group.update({ where: { id: g.id }, data: { expectedStartOn: new Date("2099-05-01T00:00:00Z") } });
    const a = await applicant(g.id);
    await createPaidMembership(a.member.id);
    const b = await applicant(g.id);
    expect(await acceptApplicationAction({ applicationId: a.application.id })).toEqual({ ok: true });
    expect(await waitlistApplicationAction({ applicationId: b.application.id })).toEqual({ ok: true });
    const [accepted] = await mailsTo(a.member.email);
    expect(accepted.text).toMatch(/ved at blive samlet, og du er med fra første gang/);
    expect(accepted.text).toContain("1. maj 2099");
    expectLockScreenSafe(accepted, g.name);
    const [waitlisted] = await mailsTo(b.member.email);
    expect(waitlisted.text).toMatch(/venteliste/);
    expectLockScreenSafe(waitlisted, g.name);
  });
});
