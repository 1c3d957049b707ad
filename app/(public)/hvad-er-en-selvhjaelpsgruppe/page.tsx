import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/forms/buttons";
import { ContentBody, ContentToc } from "@/components/content/content-body";
import { getPageContent } from "@/lib/content/data";
import { getIdentity } from "@/lib/settings/data";

// Prerendered at build time; when an administrator edits the text, the edit action revalidates this path.
export const dynamic = "force-static";

const SLUG = "hvad-er-en-selvhjaelpsgruppe";

export async function generateMetadata(): Promise<Metadata> {
  const [content, { orgName }] = await Promise.all([getPageContent(SLUG), getIdentity()]);
  return {
    title: content?.title ?? "Hvad er en selvhjælpsgruppe?",
    description: `Om selvhjælpsgrupper i ${orgName}: fællesskab, tavshedspligt, fælles ansvar og sikre rammer.`,
  };
}

export default async function WhatIsASelfHelpGroupPage() {
  const content = await getPageContent(SLUG);
  if (!content) notFound();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">{content.title}</h1>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div className="lg:order-last">
          <ContentToc body={content.body} />
        </div>
        <ContentBody body={content.body} />
      </div>
      <section aria-labelledby="next-heading" className="max-w-prose space-y-3 rounded-lg border border-sand-200 bg-white p-5">
        <h2 id="next-heading" className="text-xl font-semibold">
          Vil du finde en gruppe?
        </h2>
        <p>Se de grupper, vi har lige nu, og find en, der passer til dig.</p>
        <ButtonLink href="/grupper">Find en gruppe</ButtonLink>
      </section>
    </div>
  );
}
