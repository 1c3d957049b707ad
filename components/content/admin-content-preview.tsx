import { parseContentBody } from "@/lib/content/body";

/** The page text as the public page shows it: headings and paragraphs, nothing else. */
export function AdminContentPreview({ title, body }: { title: string; body: string }) {
  const blocks = parseContentBody(body);
  return (
    <div className="space-y-4 rounded border-2 border-sand-200 bg-white p-4">
      <p className="text-2xl font-semibold">{title || "(ingen overskrift)"}</p>
      {blocks.map((block, i) =>
        block.kind === "heading" ? (
          <p key={i} className="text-xl font-semibold">
            {block.text}
          </p>
        ) : (
          <p key={i} className="max-w-prose">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
