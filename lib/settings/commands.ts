import "server-only";
// The one write on settings. Administrators only; the fee and payment details show across the site.
import { command } from "@/lib/command/define";
import * as data from "./data";
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
