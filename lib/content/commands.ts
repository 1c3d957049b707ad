import "server-only";
// The one write on page texts. Administrators only; the public page shows the new text at once.
import { command } from "@/lib/command/define";
import * as data from "./data";
import { pageContentInput } from "./schema";

export const savePageContent = command({
  name: "content.save",
  policy: { kind: "admin" },
  input: pageContentInput,
  run: (tx, actor, input) => data.updatePageContent(tx, actor, input),
  refusals: { NOT_FOUND: "Siden findes ikke." },
  audit: { verb: "content.update", entity: (input) => ({ type: "PageContent", id: input.slug }) },
  invalidates: (input) => [{ kind: "content", slug: input.slug }],
});
