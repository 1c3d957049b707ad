import "server-only";
import { db } from "@/lib/db";

export type PageContentView = { slug: string; title: string; body: string; updatedAt: Date };

export async function getPageContent(slug: string): Promise<PageContentView | null> {
  return db.pageContent.findUnique({ where: { slug }, select: { slug: true, title: true, body: true, updatedAt: true } });
}

export async function listPageContents(): Promise<Pick<PageContentView, "slug" | "title" | "updatedAt">[]> {
  return db.pageContent.findMany({ select: { slug: true, title: true, updatedAt: true }, orderBy: { title: "asc" } });
}

export async function updatePageContent(slug: string, input: { title: string; body: string }, actorUserId: string) {
  return db.pageContent.update({
    where: { slug },
    data: { title: input.title, body: input.body, updatedByUserId: actorUserId },
    select: { slug: true },
  });
}
