import "server-only";
// The one write on settings. Administrators only; the fee and payment details show across the site.
import { command } from "@/lib/command/define";
import * as data from "./data";
import { identityInput } from "./identity-schema";
import { settingsInput } from "./schema";

export const saveSettings = command({
  name: "settings.save",
  policy: { kind: "admin" },
  input: settingsInput,
  run: (tx, _actor, input) => data.updateSettings(tx, input),
  refusals: {},
  audit: { verb: "settings.update", entity: () => ({ type: "Settings", id: "1" }) },
  invalidates: () => [{ kind: "settings" }],
});

/** The organisation's identity: it shows in every email, on every public page and in the page titles. */
export const saveIdentity = command({
  name: "settings.saveIdentity",
  policy: { kind: "admin" },
  input: identityInput,
  run: (tx, _actor, input) => data.updateIdentity(tx, input),
  refusals: {},
  audit: { verb: "settings.identity-update", entity: () => ({ type: "Settings", id: "1" }) },
  // The footer and the page titles are on every public page: the settings change revalidates them all.
  invalidates: () => [{ kind: "settings" }],
});
