import { parseContentBody } from "@/lib/content/body";

/** A stable id for a section heading, for the page's table of contents ("Fælles ansvar" → "faelles-ansvar"). */
export function headingId(text: string): string {
  return text
    .toLocaleLowerCase("da")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Stored page text (plain text, "## " headings) as accessible HTML: h2 sections and paragraphs. */
export function ContentBody({ body }: { body: string }) {
  const blocks = parseContentBody(body);
  return (
    <div className="max-w-prose space-y-4">
      {blocks.map((block, index) =>
        block.kind === "heading" ? (
          <h2 key={index} id={headingId(block.text)} className="scroll-mt-4 pt-6 text-2xl font-semibold text-brand-800">
            {block.text}
          </h2>
        ) : (
          <p key={index}>{block.text}</p>
        ),
      )}
    </div>
  );
}

/** Links to each section heading of a stored page text. */
export function ContentToc({ body }: { body: string }) {
  const headings = parseContentBody(body).filter((b) => b.kind === "heading");
  if (headings.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="rounded-lg border border-sand-200 bg-white p-4">
      <h2 id="toc-heading" className="font-semibold">
        På denne side
      </h2>
      <ul className="mt-2 space-y-1">
        {headings.map((h) => (
          <li key={h.text}>
            <a href={`#${headingId(h.text)}`}>{h.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
