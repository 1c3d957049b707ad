import { NextRequest } from "next/server";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import StatisticsPage from "@/app/admin/statistik/page";
import { GET as statisticsCsv } from "@/app/admin/statistik/csv/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { yearlyFigures } from "@/lib/statistics/data";
import { actorOf, createAdmin, createFacilitator } from "../helpers/fixtures";
import { statisticsWorld } from "../helpers/statistics-fixtures";
import { signInAs } from "../helpers/request";

let people: { name: string; email: string }[] = [];
let adminId = "";
let admin: Actor;

beforeAll(async () => {
  people = (await statisticsWorld()).members;
  adminId = (await createAdmin({ name: "Admin Statistiksen", email: "admin-statistik@example.dk" })).id;
  admin = await actorOf(adminId);
});

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  signInAs(adminId);
});

const byTopic = (f: Awaited<ReturnType<typeof yearlyFigures>>) =>
  Object.fromEntries(f.byTopic.map((t) => [t.topic, [t.participants, t.activeGroups, t.meetings]]));
const byAge = (f: Awaited<ReturnType<typeof yearlyFigures>>) =>
  Object.fromEntries(f.byAgeBand.map((a) => [a.ageBand, [a.participants, a.activeGroups]]));

describe("yearlyFigures", () => {
  it("counts 2025 exactly, with each record on the right side of the Danish year boundary", async () => {
    const f = await yearlyFigures(admin, 2025);
    expect(f.groups).toEqual({ active: 3, started: 1, selfRunning: 1, ended: 1 });
    expect(byTopic(f)).toEqual({
      GRIEF: [3, 1, 2],
      ILLNESS: [0, 0, 0],
      RELATIVES: [0, 1, 0],
      LONELINESS: [2, 1, 1],
      SELF_DEVELOPMENT: [0, 0, 0],
      DIVORCE: [0, 0, 0],
      PHYSICAL_ACTIVITY: [0, 0, 0],
    });
    expect(byAge(f)).toEqual({ CHILDREN: [0, 0], YOUTH: [0, 0], ADULTS: [3, 2], ELDERLY: [2, 1] });
    expect(f.participantsTotal).toBe(4);
    expect(f.meetingsTotal).toBe(3);
    expect(f.members).toEqual({ newMembers: 2, paidMemberships: 3, waivedMemberships: 1 });
  });

  it("counts 2024 exactly", async () => {
    const f = await yearlyFigures(admin, 2024);
    expect(f.groups).toEqual({ active: 3, started: 2, selfRunning: 0, ended: 1 });
    expect(byTopic(f)).toMatchObject({ GRIEF: [4, 1, 1], DIVORCE: [1, 1, 0], RELATIVES: [0, 1, 0], LONELINESS: [0, 0, 0], ILLNESS: [0, 0, 0] });
    expect(byAge(f)).toMatchObject({ ADULTS: [5, 3], ELDERLY: [0, 0] });
    expect(f.participantsTotal).toBe(5);
    expect(f.meetingsTotal).toBe(1);
    expect(f.members).toEqual({ newMembers: 4, paidMemberships: 1, waivedMemberships: 0 });
  });

  it("counts the participant who joined on Danish New Year's night in 2026, not 2025", async () => {
    const f = await yearlyFigures(admin, 2026);
    expect(byTopic(f).GRIEF).toEqual([4, 1, 1]);
    expect(byTopic(f).LONELINESS).toEqual([1, 1, 0]);
    expect(f.groups).toEqual({ active: 2, started: 0, selfRunning: 0, ended: 0 });
  });

  it("is for administrators only: the page sends others away", async () => {
    const redirectOf = async () => {
      try {
        await StatisticsPage({ searchParams: Promise.resolve({ aar: "2025" }) });
        return null;
      } catch (error) {
        return ((error as { digest?: string }).digest ?? "").split(";")[2];
      }
    };
    signInAs(null);
    expect(await redirectOf()).toBe("/login");
    signInAs((await createFacilitator()).user.id);
    expect(await redirectOf()).toBe("/admin/ingen-adgang");
  });
});

describe("the statistics page", () => {
  it("shows the chosen year with small participant counts suppressed and no names", async () => {
    const html = renderToStaticMarkup(await StatisticsPage({ searchParams: Promise.resolve({ aar: "2025" }) }));
    expect(html).toContain("Statistik 2025");
    expect(html).toMatch(/data-testid="deltagere-GRIEF">3</);
    expect(html).toMatch(/data-testid="deltagere-LONELINESS">&lt; 3</);
    expect(html).toMatch(/data-testid="deltagere-ELDERLY">&lt; 3</);
    expect(html).toMatch(/data-testid="deltagere-i-alt">4</);
    expect(html).toContain('href="/admin/statistik/csv?aar=2025"');
    for (const p of people) {
      expect(html).not.toContain(p.name);
      expect(html).not.toContain(p.email);
    }
    expect(html).not.toContain("Hemmelig");
    expect(html).not.toContain("Statistikgruppe");
  });
});

describe("the CSV download", () => {
  const get = (aar: string) => statisticsCsv(new NextRequest(`http://localhost/admin/statistik/csv?aar=${aar}`));

  it("answers anonymous callers 401 and facilitators 403 in Danish plain text, and audits nothing", async () => {
    signInAs(null);
    const anonymous = await get("2025");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await anonymous.text()).toMatch(/ikke logget ind/);
    signInAs((await createFacilitator()).user.id);
    const facilitator = await get("2025");
    expect(facilitator.status).toBe(403);
    expect(await facilitator.text()).toBe("Du har ikke adgang til dette.");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("sends the year's figures with a BOM and semicolons, suppressed cells, no names or emails, and audits the export", async () => {
    const res = await get("2024");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="selvhjaelp-herning-statistik-2024.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("År;Afsnit;Kategori;Antal");
    expect(lines).toContain("2024;Deltagere efter emne;Sorg;4");
    expect(lines).toContain("2024;Deltagere efter emne;Skilsmisse;< 3");
    expect(lines).toContain("2024;Deltagere efter aldersgruppe;Voksne;5");
    expect(lines).toContain("2024;Grupper;Startet (gik i opstart);2");
    const text = lines.join("\n");
    for (const p of [...people, { name: "Admin Statistiksen", email: "admin-statistik@example.dk" }]) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.email);
    }
    expect(text).not.toMatch(/Hemmelig|Statistikgruppe|@/);
    expect(await db.auditEvent.findMany({ select: { actorUserId: true, action: true, entityType: true, entityId: true } })).toEqual([
      { actorUserId: adminId, action: "statistics.export", entityType: "Statistics", entityId: "2024" },
    ]);
  });

  it("downloads of the same year at the same moment share one computation, and each is audited", async () => {
    const spy = vi.spyOn(db, "$queryRaw");
    const [one, two] = await Promise.all([get("2024"), get("2024")]);
    const alone = spy.mock.calls.length;
    spy.mockClear();
    await get("2024");
    const single = spy.mock.calls.length;
    spy.mockRestore();
    expect(await one.text()).toBe(await two.text());
    expect(alone).toBe(single);
    expect(await db.auditEvent.count({ where: { action: "statistics.export" } })).toBe(3);
  });

  it("falls back to the current year for a malformed year", async () => {
    const res = await get("drop");
    const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(new Date());
    expect(res.headers.get("content-disposition")).toContain(`statistik-${year}.csv`);
  });
});
