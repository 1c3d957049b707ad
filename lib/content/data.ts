import "server-only";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";

export type PageContentView = { slug: string; title: string; body: string; updatedAt: Date };

export async function getPageContent(slug: string): Promise<PageContentView | null> {
  return db.pageContent.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
}

export async function listPageContents(): Promise<Pick<PageContentView, "slug" | "title" | "updatedAt">[]> {
  return db.pageContent.findMany({ select: { slug: true, title: true, updatedAt: true }, orderBy: { title: "asc" } });
}

/** Saves the page text and audits it; null when no page has that slug. */
export async function updatePageContent(slug: string, input: { title: string; body: string }, actorUserId: string) {
  return db.$transaction(async (tx) => {
    const updated = await tx.pageContent.updateMany({ where: { slug }, data: { title: input.title, body: input.body, updatedByUserId: actorUserId } });
    if (updated.count === 0) return null;
    await recordAudit({ actorUserId, action: "content.update", entityType: "PageContent", entityId: slug }, tx);
    return { slug };
  });
}
