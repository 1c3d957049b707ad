// Turns the organisation's published text (prisma/content/hvad-er-en-selvhjaelpsgruppe.txt, a verbatim
// copy) into the stored page format of lib/content/body.ts: the first line is the title, the known
// section names become "## " headings, blank lines separate paragraphs.
export const INFO_PAGE_SLUG = "hvad-er-en-selvhjaelpsgruppe";

export const INFO_PAGE_HEADINGS = [
  "Det hjælper at få talt om problemerne",
  "Tavshedspligt",
  "Fælles ansvar",
  "Sikre rammer for alle i gruppen",
] as const;

export function infoPageFromText(text: string): { title: string; body: string } {
  const lines = text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd());
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  const title = lines[titleIndex].trim();
  const headings = new Set<string>(INFO_PAGE_HEADINGS);
  const body = lines
    .slice(titleIndex + 1)
    .map((line) => (headings.has(line.trim()) ? `## ${line.trim()}` : line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, body };
}
