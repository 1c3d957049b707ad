import { spawn } from "node:child_process";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import OutboxEmailPage from "@/app/admin/udbakke/[id]/page";
import OutboxPage from "@/app/admin/udbakke/page";
import { acceptApplicationAction } from "@/lib/applications/actions";
import * as applications from "@/lib/applications/commands";
import * as members from "@/lib/members/commands";
import { command, done, refuse, type AnyCommand } from "@/lib/command/define";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { queueEmail, type EmailMessage } from "@/lib/email/queue";
import { BACKOFF_MS, LOCK_MS, MAX_AGE_MS, MAX_ATTEMPTS } from "@/lib/email/rules";
import { deliverPending, deliveryIdle } from "@/lib/email/worker";
import { z } from "@/lib/validation/zod";
import { clearPeopleAndGroups, readyApplication } from "../helpers/applications-fixtures";
import { actorOf, createAdmin, createGroup, createMember } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";
import { closedSmtpPort, startSmtpCapture } from "../helpers/smtp-capture";

// The outbox and its worker against a real SQLite file and a real SMTP server on loopback
// (tests/helpers/smtp-capture.ts). The clock is passed in (`now`), so backoff needs no waiting.

const MIN = 60_000;
const LINK = "https://selvhjaelp-herning.dk/invitation/hemmelig-engangs-token-42";
const REDACTED = "[link sendt – vises ikke]";

let smtp: Awaited<ReturnType<typeof startSmtpCapture>> | null = null;
let adminId: string;

function useMailServer(url: string | undefined) {
  if (url)
    process.env.SMTP_URL = url; // lib/env.ts re-reads the environment under NODE_ENV=test
  else delete process.env.SMTP_URL;
}

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
  smtp = await startSmtpCapture();
  useMailServer(smtp.url);
});

afterEach(async () => {
  await deliveryIdle();
  await smtp?.close();
  smtp = null;
  useMailServer(undefined);
  vi.restoreAllMocks();
});

afterAll(() => useMailServer(undefined));

const mail = (n: number): EmailMessage => ({ to: `modtager-${n}@example.dk`, subject: `Besked ${n}`, text: `Kære modtager ${n}\n\nTekst ${n}.` });
const invitation = (): EmailMessage => ({
  to: "gitte@example.dk",
  subject: "Din invitation til Selvhjælp Herning",
  text: `Hej Gitte\n\nVælg din adgangskode her:\n\n${LINK}\n\nVenlig hilsen`,
  outboxText: `Hej Gitte\n\nVælg din adgangskode her:\n\n${REDACTED}\n\nVenlig hilsen`,
});
const queue = (message: EmailMessage) => db.$transaction((tx) => queueEmail(tx, message));
const row = (id: string) => db.outboxEmail.findUniqueOrThrow({ where: { id } });
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("mails are written in the transaction of the change that causes them", () => {
  it("a committed decision has its mail in the outbox, and delivery starts right after the commit", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id);
    expect((await acceptApplicationAction({ applicationId: application.id })).ok).toBe(true);
    const [queued] = await db.outboxEmail.findMany({ where: { to: member.email } });
    expect(queued).toBeDefined();
    // execute() started a pass after the commit; nobody called the worker here.
    await deliveryIdle();
    expect(smtp!.mails.map((m) => m.to)).toEqual([[member.email]]);
    expect(smtp!.mails[0].text).toContain(`selvhjælpsgruppen "${group.name}"`);
    expect((await row(queued.id)).sentAt).toBeInstanceOf(Date);
  });

  it("a command that queues a mail and then refuses leaves no mail behind (rolled back with it)", async () => {
    const queueThenRefuse = command({
      name: "test.queue-then-refuse",
      policy: { kind: "admin" },
      input: z.object({ refuse: z.boolean() }),
      run: async (tx, _actor, input) => {
        await queueEmail(tx, mail(1));
        return input.refuse ? refuse("NO") : done();
      },
      refusals: { NO: "Nej." },
    });
    const caller = { actor: await actorOf(adminId), clientIp: null };
    expect((await execute(queueThenRefuse, { refuse: true }, caller)).result).toMatchObject({ ok: false, code: "NO" });
    expect(await db.outboxEmail.count()).toBe(0);
    expect((await execute(queueThenRefuse, { refuse: false }, caller)).result).toEqual({ ok: true, data: undefined });
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("every command that emails writes its mail inside run's transaction, not after the commit", async () => {
    // Seen from inside the transaction before it commits (then rolled back): a mail sent after the
    // commit would be lost by a crash between the two.
    const actor = await actorOf(adminId);
    const inside = async (cmd: AnyCommand, input: unknown) => {
      let queued = -1;
      await db
        .$transaction(async (tx) => {
          await cmd.run(tx, actor, input, undefined);
          queued = await tx.outboxEmail.count();
          throw new Error("roll back");
        })
        .catch(() => undefined);
      return queued;
    };
    const group = await createGroup();
    for (const [cmd, extra] of [
      [applications.acceptApplication, {}],
      [applications.waitlistApplication, {}],
      [applications.declineApplication, { reason: "NO_CONTACT" }],
    ] as const) {
      const { application } = await readyApplication(group.id);
      expect(await inside(cmd, { applicationId: application.id, ...extra }), cmd.name).toBe(1);
    }
    const member = await createMember({ email: "fornyelse@example.dk" });
    const end = new Date(Date.now() + 10 * 24 * 60 * MIN);
    await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * 24 * 60 * MIN), periodEnd: end },
    });
    expect(await inside(members.sendRenewalReminders, {}), "members.reminders").toBe(1);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("a refused decision (no seat) queues nothing", async () => {
    const group = await createGroup({ capacity: 1 });
    const first = await readyApplication(group.id);
    const second = await readyApplication(group.id);
    expect((await acceptApplicationAction({ applicationId: first.application.id })).ok).toBe(true);
    expect(await acceptApplicationAction({ applicationId: second.application.id })).toMatchObject({ ok: false });
    expect(await db.outboxEmail.count({ where: { to: second.member.email } })).toBe(0);
  });
});

describe("the worker", () => {
  it("tries a failed send again with backoff and delivers once the mail server is up", async () => {
    await smtp!.close();
    const down = await closedSmtpPort();
    useMailServer(down.url);
    const { id } = await queue(mail(1));
    const t0 = new Date();

    expect(await deliverPending({ now: t0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const afterFirst = await row(id);
    expect(afterFirst).toMatchObject({ sentAt: null, failedAt: null, attempts: 1, lockedUntil: null });
    expect(afterFirst.nextAttemptAt).toEqual(at(t0, BACKOFF_MS[0]));
    expect(afterFirst.lastErrorKind).toMatch(/^E[A-Z]+$/);

    // Not due before its time.
    expect(await deliverPending({ now: at(t0, BACKOFF_MS[0] - 1) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverPending({ now: at(t0, BACKOFF_MS[0]) })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect((await row(id)).nextAttemptAt).toEqual(at(t0, BACKOFF_MS[0] + BACKOFF_MS[1]));

    // The server comes up on that port.
    smtp = await startSmtpCapture({ port: down.port });
    const t2 = at(t0, BACKOFF_MS[0] + BACKOFF_MS[1]);
    expect(await deliverPending({ now: t2 })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.mails.map((m) => m.subject)).toEqual(["Besked 1"]);
    expect(await row(id)).toMatchObject({ sentAt: t2, attempts: 3, lockedUntil: null, failedAt: null });
    // Sent is sent: later passes leave it alone.
    expect(await deliverPending({ now: at(t2, 24 * 60 * MIN) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("tries again when the server refuses for now (4xx), and records only the kind of error", async () => {
    smtp!.refuse(451);
    const { id } = await queue(mail(1));
    const t0 = new Date();
    expect(await deliverPending({ now: t0 })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(await row(id)).toMatchObject({ attempts: 1, lastErrorKind: "EENVELOPE 451", sentAt: null });
    smtp!.refuse(null);
    expect(await deliverPending({ now: at(t0, BACKOFF_MS[0]) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp!.mails).toHaveLength(1);
  });

  it("gives a mail up after the last attempt, erasing its sealed link, and never sends it afterwards", async () => {
    smtp!.refuse(451);
    const { id } = await queue(invitation());
    let now = new Date();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverPending({ now }), `attempt ${attempt}`).toEqual({ sent: 0, retrying: 1, failed: 0 });
      expect((await row(id)).sealedText).not.toBeNull();
      now = at(now, BACKOFF_MS[attempt - 1]);
    }
    expect(await deliverPending({ now })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ attempts: MAX_ATTEMPTS, failedAt: now, sealedText: null, sentAt: null, lockedUntil: null });

    smtp!.refuse(null);
    expect(await deliverPending({ now: at(now, 60 * MIN) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp!.mails).toHaveLength(0);
  });

  it("two workers at the same moment deliver each mail exactly once", async () => {
    const ids = [];
    for (let n = 1; n <= 12; n++) ids.push((await queue(mail(n))).id);
    const now = new Date();
    const [a, b] = await Promise.all([deliverPending({ now }), deliverPending({ now })]);
    expect(a.sent + b.sent).toBe(12);
    expect(smtp!.mails.map((m) => m.subject).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Besked ${i + 1}`).sort());
    expect(await db.outboxEmail.count({ where: { id: { in: ids }, sentAt: null } })).toBe(0);
  });

  it("leaves a mail another worker holds alone until its hold has passed (a worker killed mid-send)", async () => {
    const { id } = await queue(mail(1));
    const now = new Date();
    // A worker claimed it and died before it could record anything.
    await db.outboxEmail.update({ where: { id }, data: { lockedUntil: at(now, LOCK_MS) } });
    expect(await deliverPending({ now })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await deliverPending({ now: at(now, LOCK_MS - 1) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp!.mails).toHaveLength(0);
    expect(await deliverPending({ now: at(now, LOCK_MS) })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp!.mails).toHaveLength(1);
  });

  it("gives up a mail not sent within the maximum age instead of sending it late", async () => {
    const old = await queue(mail(1));
    const fresh = await queue(mail(2));
    const now = new Date();
    await db.outboxEmail.update({ where: { id: old.id }, data: { createdAt: at(now, -MAX_AGE_MS - 1) } });
    expect(await deliverPending({ now })).toEqual({ sent: 1, retrying: 0, failed: 1 });
    expect(smtp!.mails.map((m) => m.subject)).toEqual(["Besked 2"]);
    expect(await row(old.id)).toMatchObject({ sentAt: null, lastErrorKind: "Expired", failedAt: now });
    expect((await row(fresh.id)).sentAt).toEqual(now);
  });

  it("without a mail server the outbox is the delivery: nothing is sent and the rows stay", async () => {
    useMailServer(undefined);
    const { id } = await queue(mail(1));
    expect(await deliverPending()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ sentAt: null, failedAt: null, attempts: 0, lockedUntil: null });
    expect(smtp!.mails).toHaveLength(0);
  });

  it("logs only the row and the outcome: no address, subject or text", async () => {
    const lines: string[] = [];
    for (const level of ["info", "warn", "error", "log"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    const sent = await queue(mail(1));
    await deliverPending();
    smtp!.refuse(550);
    const refused = await queue(mail(2));
    await deliverPending();
    expect(lines).toEqual([`[email] ${sent.id} sent`, `[email] ${refused.id} attempt 1 failed (EENVELOPE 550); tries again later`]);
  });
});

describe("a mail with a secret link", () => {
  it("is stored with the link redacted and sealed; the delivered mail carries the link; the sealed copy is erased once sent", async () => {
    const { id } = await queue(invitation());
    const stored = await row(id);
    expect(stored.text).toContain(REDACTED);
    for (const value of Object.values(stored)) expect(String(value)).not.toContain("hemmelig-engangs-token-42");
    expect(stored.sealedText).toMatch(/^v1\./);

    expect(await deliverPending()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp!.mails[0].text).toContain(LINK);
    expect(smtp!.mails[0].text).not.toContain(REDACTED);
    const after = await row(id);
    expect(after.sealedText).toBeNull();
    expect(after.text).toBe(stored.text);
  });

  it("is given up, not sent, when its sealed text no longer opens (the site's secret changed)", async () => {
    const { id } = await queue(invitation());
    const secret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-secret-after-a-reinstall";
    try {
      expect(await deliverPending()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    } finally {
      process.env.NEXTAUTH_SECRET = secret;
    }
    expect(smtp!.mails).toHaveLength(0);
    expect(await row(id)).toMatchObject({ lastErrorKind: "SealError", sealedText: null, sentAt: null });
    expect((await row(id)).failedAt).toBeInstanceOf(Date);
  });

  it("the admin outbox shows the delivery state and never the sealed text or the link", async () => {
    smtp!.refuse(451);
    const { id } = await queue(invitation());
    await deliverPending();
    const sealed = (await row(id)).sealedText!;
    const page = renderToStaticMarkup(await OutboxEmailPage({ params: Promise.resolve({ id }) }));
    expect(page).toContain("Venter (forsøg 2)");
    expect(page).toContain("Næste forsøg");
    expect(page).toContain("Mailserveren afviste afsender eller modtager (EENVELOPE 451).");
    expect(page).toContain(REDACTED);
    expect(page).not.toContain(sealed.slice(3, 40));
    expect(page).not.toContain("hemmelig-engangs-token-42");

    useMailServer(undefined);
    const list = renderToStaticMarkup(await OutboxPage({ searchParams: Promise.resolve({}) }));
    expect(list).toContain("Gemt i udbakken (ingen mailserver)");
  });

  it("the outbox names each state: sent, waiting, given up", async () => {
    await queue(mail(1));
    await deliverPending();
    smtp!.refuse(451);
    await queue(mail(2));
    await deliverPending();
    const given = await queue(mail(3));
    await db.outboxEmail.update({ where: { id: given.id }, data: { failedAt: new Date(), attempts: MAX_ATTEMPTS } });
    const list = renderToStaticMarkup(await OutboxPage({ searchParams: Promise.resolve({}) }));
    expect(list).toContain("Venter (forsøg 2)");
    expect(list).toContain(`Opgivet efter ${MAX_ATTEMPTS} forsøg`);
    expect(list).toMatch(/Sendt \d+\. [a-z]+\.? \d{4}/);
  });
});

describe("npm run email:deliver", () => {
  it("sends what is due once and prints counts and row ids only", async () => {
    await queue(mail(1));
    await queue(invitation());
    const root = process.cwd();
    // Not spawnSync: the SMTP server the script talks to runs in this process.
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/deliver-email.ts"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", SMTP_URL: smtp!.url },
    });
    const run = { stdout: "", stderr: "" };
    child.stdout.on("data", (c) => (run.stdout += c));
    child.stderr.on("data", (c) => (run.stderr += c));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(run.stderr).toBe("");
    expect(code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("Mails: 2 sendt, 0 prøves igen senere, 0 opgivet.");
    expect(lines.slice(0, -1)).toEqual([expect.stringMatching(/^\[email\] \w+ sent$/), expect.stringMatching(/^\[email\] \w+ sent$/)]);
    expect(smtp!.mails).toHaveLength(2);
    expect(smtp!.mails.find((m) => m.to[0] === "gitte@example.dk")?.text).toContain(LINK);
  });
});
