import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { placeSearchText } from "@/lib/groups/place";
import { groupSearchColumns } from "@/lib/groups/search";
import { nextPeriod } from "@/lib/members/rules";
import { todayInDenmark } from "@/lib/validation/fields";

let cachedHash: Promise<string> | null = null;
/** One real scrypt hash per test file (hashing is deliberately slow). Password: "Test-kode-123". */
export function testPasswordHash(): Promise<string> {
  cachedHash ??= hashPassword("Test-kode-123");
  return cachedHash;
}
export const TEST_PASSWORD = "Test-kode-123";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createAdmin(overrides: { email?: string; name?: string } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `admin-${unique()}@example.dk`,
      name: overrides.name ?? "Anne Admin",
      role: "ADMIN",
      passwordHash: await testPasswordHash(),
    },
  });
}

/** A FACILITATOR user with a facilitator record (course completed unless told otherwise). */
export async function createFacilitator(overrides: { name?: string; courseCompletedAt?: Date | null; active?: boolean } = {}) {
  const user = await db.user.create({
    data: {
      email: `igangsaetter-${unique()}@example.dk`,
      name: overrides.name ?? "Ida Igangsætter",
      role: "FACILITATOR",
      passwordHash: await testPasswordHash(),
      facilitator: {
        create: {
          courseCompletedAt: overrides.courseCompletedAt === undefined ? new Date("2025-03-01") : overrides.courseCompletedAt,
          active: overrides.active ?? true,
        },
      },
    },
    include: { facilitator: true },
  });
  return { user, facilitator: user.facilitator! };
}

type GroupOverrides = Partial<{
  slug: string;
  name: string;
  /** A topic's key: a seeded one (GRIEF …) or one a test made. */
  topic: string;
  ageBand: "CHILDREN" | "YOUTH" | "ADULTS" | "ELDERLY";
  state: "PLANNED" | "STARTING" | "WITHDRAWING" | "SELF_RUNNING" | "ENDED";
  capacity: number;
  openForNewcomers: boolean;
  weekday: number | null;
  cadence: "WEEKLY" | "BIWEEKLY" | "OTHER";
}>;

/** The venue the fixtures' groups meet at (made when missing: clearAllTables empties Venue). */
export const FIXTURE_VENUE = {
  id: "fixture-venue-fredensgade",
  name: "Selvhjælp Herning",
  address: "Fredensgade 14",
  postcode: "7400",
  town: "Herning",
  directions: "",
  stepFreeAccess: true,
  accessibleToilet: false,
  hearingLoop: false,
  parking: false,
  publicTransport: false,
};

export async function fixtureVenue() {
  return db.venue.upsert({ where: { id: FIXTURE_VENUE.id }, update: {}, create: FIXTURE_VENUE });
}

export async function createGroup(overrides: GroupOverrides = {}) {
  const id = unique();
  await fixtureVenue();
  const text = { name: overrides.name ?? `Testgruppe ${id}`, description: "En gruppe for voksne, der har mistet." };
  return db.group.create({
    data: {
      ...text,
      venueId: FIXTURE_VENUE.id,
      // What the group write path stores (lib/groups/data.ts), so the catalogue finds and sorts it.
      ...groupSearchColumns({ ...text, place: placeSearchText({ format: "IN_PERSON", meetingPoint: "", venue: FIXTURE_VENUE }) }),
      slug: overrides.slug ?? `gruppe-${id}`,
      topic: overrides.topic ?? "GRIEF",
      ageBand: overrides.ageBand ?? "ADULTS",
      cadence: overrides.cadence ?? "BIWEEKLY",
      weekday: overrides.weekday === undefined ? 2 : overrides.weekday,
      startTime: "19:00",
      capacity: overrides.capacity ?? 8,
      openForNewcomers: overrides.openForNewcomers ?? true,
      state: overrides.state ?? "STARTING",
    },
  });
}

export async function assignFacilitator(groupId: string, facilitatorId: string) {
  return db.facilitatorAssignment.create({ data: { groupId, facilitatorId } });
}

export async function createMember(overrides: { email?: string; name?: string } = {}) {
  return db.member.create({
    data: {
      name: overrides.name ?? "Mette Medlem",
      email: overrides.email ?? `medlem-${unique()}@example.dk`,
      postcode: "7400",
      consentAt: new Date(),
      consentVersion: "test",
    },
  });
}

export async function createPaidMembership(memberId: string) {
  return db.membership.create({ data: { memberId, feeOre: 10000, status: "PAID", ...nextPeriod([], todayInDenmark()) } });
}

export async function createApplication(groupId: string, memberId: string, status: "RECEIVED" | "WAITLISTED" = "RECEIVED") {
  const now = new Date();
  return db.application.create({
    data: {
      groupId,
      memberId,
      status,
      consentConfidentialityAt: now,
      consentConfidentialityVersion: "test",
      consentSensitiveDataAt: now,
      consentSensitiveDataVersion: "test",
      consentFeeAt: now,
      consentFeeVersion: "test",
    },
  });
}

/** The Actor a page or command sees for this user (what getSession would give once signed in). */
export async function actorOf(userId: string): Promise<import("@/lib/auth/actor").Actor> {
  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, facilitator: { select: { id: true } } },
  });
  return { id: u.id, name: u.name, email: u.email, role: u.role, facilitatorId: u.facilitator?.id ?? null };
}
