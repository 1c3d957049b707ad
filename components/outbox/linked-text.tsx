import { Fragment } from "react";

// An address in a mail's text, up to white space; closing punctuation after it belongs to the sentence.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]'»”]+$/;

export type TextPart = { text: string; href?: string };

/**
 * A mail's text cut into plain parts and the site's own addresses (same origin as `siteUrl`), which the
 * outbox view shows as links. Other addresses stay text: the outbox never links a reader elsewhere.
 */
export function linkParts(text: string, siteUrl: string): TextPart[] {
  const origin = new URL(siteUrl).origin;
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, "");
    let own = false;
    try {
      own = new URL(url).origin === origin;
    } catch {
      own = false;
    }
    if (!own) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: url, href: url });
    last = match.index + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A mail's text with the site's own addresses as links (underlined, keyboard reachable like any link). */
export function LinkedText({ text, siteUrl }: { text: string; siteUrl: string }) {
  return (
    <>
      {linkParts(text, siteUrl).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} className="break-all underline">
            {part.text}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
