import type { Metadata } from "next";
import { notFound } from "next/navigation";

// proxy.ts answers /grupper/<slug> with this page when no group has that slug. It is rendered once,
// when the site is built (a 404 with the group page's message), so an unknown address writes nothing
// to the page cache; /grupper/[slug] itself would store every slug it renders, a 404 too.
export const metadata: Metadata = { title: "Gruppen findes ikke" };

export default function UnknownGroupPage(): never {
  notFound();
}
