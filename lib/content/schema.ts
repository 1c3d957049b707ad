// Input for editing a page's text. Safe in the browser.
import { plainText } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const CONTENT_BODY_MAX = 20_000;

export const pageContentInput = z.object({
  slug: z
    .string({ error: "Ukendt side." })
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, { error: "Ukendt side." }),
  title: plainText({ min: 1, max: 150, message: "Skriv en overskrift.", maxMessage: "Overskriften må højst være 150 tegn." }),
  body: plainText({
    min: 1,
    max: CONTENT_BODY_MAX,
    multiline: true,
    message: "Skriv sidens tekst.",
    maxMessage: `Teksten må højst være ${CONTENT_BODY_MAX.toLocaleString("da-DK")} tegn.`,
  }),
});
export type PageContentInput = z.infer<typeof pageContentInput>;

/** The public address of an editable page. */
export function publicPathFor(slug: string): string {
  return `/${slug}`;
}
