"use client";
import type { ComponentProps, FormEvent } from "react";
import { catalogueHref, parseCatalogueFilter } from "@/lib/groups/filters";
import type { TopicList } from "@/lib/topics/topics";

/**
 * The catalogue's GET form. Without JavaScript the browser sends every field, empty ones too, and the
 * page cache answers that address as it is (lib/cache/public-rewrites.mjs); with it the browser goes
 * straight to the tidy, shareable address of the same choice (/grupper?emne=sorg), as a full page load.
 */
export function TidyFilterForm({ topics, ...props }: Omit<ComponentProps<"form">, "onSubmit"> & { topics: TopicList }) {
  function submit(event: FormEvent<HTMLFormElement>) {
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") fields.append(name, value);
    event.preventDefault();
    window.location.assign(catalogueHref(parseCatalogueFilter(fields, topics)));
  }
  return <form {...props} onSubmit={submit} />;
}
