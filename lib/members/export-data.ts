import "server-only";
// The member register for the CSV export: every member, read in chunks so that the export never holds
// the server for long (SQLite answers one query at a time in this process; docs/scale.md).
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { RegisterRow } from "./csv";
import { memberStanding } from "./rules";

/** Members per chunk: one bounded query on the (name, id, email) index and one for their memberships. */
export const EXPORT_CHUNK = 1000;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The whole register by name, no groups and no applications, a chunk at a time: each chunk continues
 * after the last member of the one before (name, then id), never with OFFSET, and the event loop serves
 * other requests between chunks. The export is audited once, before the first chunk.
 */
export async function* exportRegisterChunks(actor: Actor, chunk = EXPORT_CHUNK): AsyncGenerator<RegisterRow[]> {
  await recordAudit({ actorUserId: actor.id, action: "member.export", entityType: "Member", entityId: null });
  const now = new Date();
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const page: { name: string; id: string }[] = await db.member.findMany({
      where: after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {},
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: chunk,
      select: { id: true, name: true },
    });
    if (page.length === 0) return;
    const rows = await db.member.findMany({
      where: { id: { in: page.map((m) => m.id) } },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        postcode: true,
        memberships: { select: { status: true, periodStart: true, periodEnd: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield page.flatMap(({ id }) => {
      const row = byId.get(id);
      if (!row) return [];
      const { memberships, id: _id, ...rest } = row;
      return [{ ...rest, ...memberStanding(memberships, now) }];
    });
    if (page.length < chunk) return;
    after = page[page.length - 1];
    await yieldToOthers();
  }
}
