import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";

export type PageContentView = { slug: string; title: string; body: string; updatedAt: Date };

export async function getPageContent(slug: string): Promise<PageContentView | null> {
  return db.pageContent.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
}

export async function listPageContents(): Promise<Pick<PageContentView, "slug" | "title" | "updatedAt">[]> {
  return db.pageContent.findMany({ select: { slug: true, title: true, updatedAt: true }, orderBy: { title: "asc" } });
}

/** Saves the page text; NOT_FOUND when no page has that slug. */
export async function updatePageContent(
  tx: Tx,
  actor: Actor,
  input: { slug: string; title: string; body: string },
): Promise<Outcome<undefined, "NOT_FOUND">> {
  const updated = await tx.pageContent.updateMany({
    where: { slug: input.slug },
    data: { title: input.title, body: input.body, updatedByUserId: actor.id },
  });
  if (updated.count === 0) return refuse("NOT_FOUND");
  return done();
}
