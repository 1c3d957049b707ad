// URL slugs from Danish group names. Pure and safe in the browser.
const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

/** "Sorggruppe for pårørende – Ærø" → "sorggruppe-for-paaroerende-aeroe". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[æøå]/g, (c) => DANISH[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "gruppe";
}

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}
