// Input for editing a page's text. Safe in the browser.
import { z } from "zod";

export const CONTENT_BODY_MAX = 20_000;

export const pageContentInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{1,80}$/, { error: "Ukendt side." }),
  title: z.string().trim().min(1, { error: "Skriv en overskrift." }).max(150, { error: "Overskriften må højst være 150 tegn." }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Skriv sidens tekst." })
    .max(CONTENT_BODY_MAX, { error: `Teksten må højst være ${CONTENT_BODY_MAX.toLocaleString("da-DK")} tegn.` }),
});
export type PageContentInput = z.infer<typeof pageContentInput>;

/** The public address of an editable page. */
export function publicPathFor(slug: string): string {
  return `/${slug}`;
}
