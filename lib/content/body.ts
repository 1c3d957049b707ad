// The stored page text format, safe in the browser: blank lines separate blocks; a block that starts
// with "## " is a heading. Plain text only, so editors cannot inject markup.
export type ContentBlock = { kind: "heading" | "paragraph"; text: string };

export function parseContentBody(body: string): ContentBlock[] {
  return body
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith("## ") ? { kind: "heading", text: block.slice(3).trim() } : { kind: "paragraph", text: block.replace(/\s*\n\s*/g, " ") },
    );
}
