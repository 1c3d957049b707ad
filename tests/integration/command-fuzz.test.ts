/// <reference types="vite/client" />
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { AnyCommand } from "@/lib/command/define";
import { execute, type Caller } from "@/lib/command/execute";
import { formFields, HONEYPOT_FIELD, isHoneypotFilled } from "@/lib/command/form-fields";
import type { ActionResult } from "@/lib/command/result";
import { actorOf, createAdmin, createFacilitator, createMember } from "../helpers/fixtures";
import { memberActorOf } from "../helpers/member-session";

// Every command of the site, found by looking at every lib/<feature>/commands.ts: a command added
// later is fuzzed without touching this file. Each is called by an anonymous visitor, a facilitator
// with no groups and an administrator with broken input; the pipeline must answer every call with a
// Danish refusal (never a throw, never an English zod message or a stack trace).

const modules = import.meta.glob("../../lib/**/commands.ts", { eager: true }) as Record<string, Record<string, unknown>>;

function isCommand(v: unknown): v is AnyCommand {
  if (typeof v !== "object" || v === null) return false;
  const c = v as Record<string, unknown>;
  const policy = c.policy as { kind?: unknown } | undefined;
  return (
    typeof c.name === "string" &&
    typeof policy?.kind === "string" &&
    typeof (c.input as { safeParse?: unknown } | undefined)?.safeParse === "function" &&
    typeof c.run === "function"
  );
}

const commands: Array<{ file: string; exportName: string; cmd: AnyCommand }> = [];
{
  const seen = new Set<unknown>();
  for (const [file, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [exportName, value] of Object.entries(mod)) {
      if (!isCommand(value) || seen.has(value)) continue;
      seen.add(value);
      commands.push({ file: file.replace("../../", ""), exportName, cmd: value });
    }
  }
}

// ---- the inputs -------------------------------------------------------------------------------

type Schema = { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };

/** The field names of a schema: an object's shape, looking through pipes, wrappers and unions. */
function shapeKeys(schema: unknown, depth = 0): string[] | null {
  if (!schema || typeof schema !== "object" || depth > 8) return null;
  const s = schema as Schema;
  if (s.shape && typeof s.shape === "object") return Object.keys(s.shape);
  const def = s._zod?.def ?? {};
  switch (def.type) {
    case "pipe":
      return shapeKeys(def.in, depth + 1) ?? shapeKeys(def.out, depth + 1);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
    case "success":
      return shapeKeys(def.innerType, depth + 1);
    case "union": {
      const keys = (def.options as unknown[]).flatMap((o) => shapeKeys(o, depth + 1) ?? []);
      return keys.length ? [...new Set(keys)] : null;
    }
    case "intersection": {
      const keys = [...(shapeKeys(def.left, depth + 1) ?? []), ...(shapeKeys(def.right, depth + 1) ?? [])];
      return keys.length ? [...new Set(keys)] : null;
    }
    default:
      return null;
  }
}

const COMMON_KEYS = ["id", "groupId", "memberId", "applicationId", "userId", "email", "name", "slug", "token", "password"];
const keysOf = (cmd: AnyCommand) => shapeKeys(cmd.input) ?? COMMON_KEYS;

const LONG = "a".repeat(100_000);
const BAD_VALUES: Array<[string, unknown]> = [
  ["undefined", undefined],
  ["null", null],
  ['""', ""],
  ['" "', " "],
  ["0", 0],
  ["-1", -1],
  ["Infinity", 1e309],
  ["NaN", Number.NaN],
  ["true", true],
  ["[]", []],
  ["{}", {}],
  ["100k chars", LONG],
  ["NUL", "\u0000"],
  ["RLO", "\u202E"],
  ['"2026-02-30"', "2026-02-30"],
  ['"10000-01-01"', "10000-01-01"],
  ['"1"', "1"],
  ['"<script>"', "<script>"],
];
const WHOLE_INPUTS: Array<[string, unknown]> = [
  ["undefined", undefined],
  ["null", null],
  ["42", 42],
  ['"x"', "x"],
  ["[]", []],
  ["{}", {}],
];

/** Small, seeded PRNG (mulberry32): a failure names its seed and can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (text: string) => [...text].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7);

/**
 * Keeps the run bounded however many commands there are: each key gets every bad value while the
 * total stays under the budget, otherwise a seeded sample of them (at least 6 per key).
 */
const CALL_BUDGET = 6_000;
function valuesFor(cmd: AnyCommand, key: string, perKey: number): Array<[string, unknown]> {
  if (perKey >= BAD_VALUES.length) return BAD_VALUES;
  const rand = prng(seedOf(`${cmd.name}:${key}`));
  return [...BAD_VALUES].sort(() => rand() - 0.5).slice(0, perKey);
}

function rawInputs(cmd: AnyCommand, perKey: number): Array<[string, unknown]> {
  const out = [...WHOLE_INPUTS];
  for (const key of keysOf(cmd)) for (const [label, value] of valuesFor(cmd, key, perKey)) out.push([`{ ${key}: ${label} }`, { [key]: value }]);
  return out;
}

// ---- the checks -------------------------------------------------------------------------------

const ENGLISH = /invalid|expected|received|required|too (big|small)|must be/i;
const STACK = /\n\s*at |\bat \S+ \(|[\w/-]+\.(?:ts|tsx|js|mjs)\b|node_modules|\bError\b|prisma|sqlite/i;
/** Codes the pipeline itself answers with before or around run(). */
const GATE_CODES = ["SIGNED_OUT", "DENIED", "INVALID", "HONEYPOT"];

type Problem = { command: string; caller: string; input: string; problem: string; result?: unknown };

function check(cmd: AnyCommand, result: ActionResult<unknown>, couldPass: boolean): string | null {
  if (result.ok) return couldPass ? null : "ok:true for input the schema refuses";
  const allowed = couldPass ? [...GATE_CODES, "RATE_LIMITED", ...Object.keys(cmd.refusals)] : GATE_CODES;
  if (!allowed.includes(result.code)) return `code ${result.code} not in [${allowed.join(", ")}]`;
  if (typeof result.message !== "string" || result.message.trim() === "") return "no message";
  // Member commands send the caller to their own page's sign-in (lib/member-session), all others to staff login.
  const signIn = cmd.policy.kind === "member" ? "/min-side" : "/login";
  if (result.code === "SIGNED_OUT" && result.signIn !== signIn) return "SIGNED_OUT without signIn";
  const texts = [result.message, ...Object.values(result.fieldErrors ?? {}).flatMap((v) => v ?? [])];
  for (const text of texts) {
    if (typeof text !== "string") return `non-text message ${String(text)}`;
    if (ENGLISH.test(text)) return `English text: ${text}`;
    if (STACK.test(text)) return `technical text: ${text}`;
    if (text.includes("<script>") || text.includes("aaaaaaaaaa")) return `echoes the input: ${text.slice(0, 80)}`;
  }
  return null;
}

const describeResult = (r: ActionResult<unknown>) =>
  r.ok ? { ok: true } : { code: r.code, message: r.message, fieldErrors: r.fieldErrors && JSON.stringify(r.fieldErrors).slice(0, 300) };

// ---- the callers ------------------------------------------------------------------------------

let callers: Array<[string, Caller]> = [];
const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);

beforeAll(async () => {
  const admin = await actorOf((await createAdmin()).id);
  const facilitator: Actor = await actorOf((await createFacilitator()).user.id);
  const member = await memberActorOf((await createMember()).id);
  callers = [
    ["anonymous", { actor: null, clientIp: "192.0.2.1" }],
    ["facilitator without groups", { actor: facilitator, clientIp: "192.0.2.2" }],
    ["administrator", { actor: admin, clientIp: "192.0.2.3" }],
    // Signed in to their own page only ("Min side"): member commands run, every staff command refuses.
    ["member on their own page", { actor: null, clientIp: "192.0.2.4", member }],
  ];
});
afterAll(() => errorLog.mockRestore());

async function call(cmd: AnyCommand, raw: unknown, caller: Caller): Promise<{ result?: ActionResult<unknown>; thrown?: unknown }> {
  try {
    return { result: (await execute(cmd, raw, caller)).result };
  } catch (thrown) {
    return { thrown };
  }
}

const report = (problems: Problem[]) => problems.slice(0, 15);

// ---- the tests --------------------------------------------------------------------------------

describe("the commands found", () => {
  it("include every command of lib/applications/commands.ts (the glob works)", () => {
    const names = commands.map((c) => c.cmd.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "applications.intake",
        "applications.accept",
        "applications.waitlist",
        "applications.decline",
        "applications.withdraw",
      ]),
    );
  });

  it("have unique names and a refusal message for every code they declare", () => {
    const names = commands.map((c) => c.cmd.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const { cmd } of commands) {
      expect(cmd.name, cmd.name).toMatch(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/);
      for (const [code, text] of Object.entries(cmd.refusals)) {
        expect(code, cmd.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
        const message = typeof text === "string" ? text : text.message;
        expect(message, `${cmd.name} ${code}`).not.toMatch(ENGLISH);
        expect(message.trim().length, `${cmd.name} ${code}`).toBeGreaterThan(0);
      }
    }
  });
});

const plannedCalls = commands.reduce((n, { cmd }) => n + keysOf(cmd).length * BAD_VALUES.length + WHOLE_INPUTS.length, 0) * 4;
const perKey = plannedCalls <= CALL_BUDGET ? BAD_VALUES.length : Math.max(6, Math.floor((BAD_VALUES.length * CALL_BUDGET) / plannedCalls));

describe.each(commands.map((c) => [`${c.cmd.name} (${c.file} ${c.exportName}, ${c.cmd.policy.kind})`, c.cmd] as const))("%s", (_label, cmd) => {
  it("answers broken plain-object input with a Danish refusal, for every caller", async () => {
    const problems: Problem[] = [];
    const inputs = rawInputs(cmd, perKey);
    for (const [who, caller] of callers) {
      for (const [label, raw] of inputs) {
        const { result, thrown } = await call(cmd, raw, caller);
        const base = { command: cmd.name, caller: who, input: label };
        if (!result) {
          problems.push({ ...base, problem: `execute() threw: ${String((thrown as Error)?.name)}` });
          continue;
        }
        const couldPass = cmd.input.safeParse(raw).success;
        const problem = check(cmd, result, couldPass);
        if (problem) problems.push({ ...base, problem, result: describeResult(result) });
      }
    }
    expect(report(problems)).toEqual([]);
  });

  it("answers random posted forms (the public-form path) with a Danish refusal, for every caller", async () => {
    const seed = seedOf(cmd.name);
    const rand = prng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const keys = keysOf(cmd);
    const alphabet = [
      "a",
      "Z",
      "æ",
      "ø",
      "Å",
      "7",
      "0",
      "-",
      "@",
      ".",
      " ",
      "\n",
      "\t",
      "\u0000",
      "\u001B",
      "\u202E",
      "\u200B",
      "é",
      "e\u0301",
      "<",
      ">",
      '"',
      "'",
      "%",
      "😀",
    ];
    const words = [
      "",
      " ",
      "on",
      "true",
      "false",
      "1",
      "-1",
      "1e3",
      "12.5",
      "2026-02-30",
      "2024-02-29",
      "10000-01-01",
      "navn@example.dk",
      "<script>",
      "null",
      "undefined",
    ];
    const randomText = () => {
      if (rand() < 0.4) return pick(words);
      const length = rand() < 0.05 ? 5_000 + Math.floor(rand() * 5_000) : Math.floor(rand() * 40);
      let s = "";
      for (let i = 0; i < length; i++) s += pick(alphabet);
      return s;
    };
    const problems: Problem[] = [];
    for (const [who, caller] of callers) {
      for (let n = 0; n < 12; n++) {
        const form = new FormData();
        for (const key of keys) {
          if (rand() < 0.3) continue;
          form.append(key, randomText());
          if (rand() < 0.1) form.append(key, randomText()); // a repeated name becomes a list
        }
        for (let extra = Math.floor(rand() * 3); extra > 0; extra--) form.append(`felt${Math.floor(rand() * 100)}`, randomText());
        if (rand() < 0.2) form.append("$ACTION_ID_0123abcd", "");
        if (rand() < 0.25) form.append(HONEYPOT_FIELD, rand() < 0.5 ? "http://spam.example" : "");
        const label = `form #${n} (seed ${seed}): ${JSON.stringify(Object.fromEntries([...form.keys()].map((k) => [k, String(form.get(k)).slice(0, 30)])))}`;
        const { result, thrown } = await call(cmd, form, caller);
        const base = { command: cmd.name, caller: who, input: label };
        if (!result) {
          problems.push({ ...base, problem: `execute() threw: ${String((thrown as Error)?.name)}` });
          continue;
        }
        const bot = cmd.policy.kind === "public" && isHoneypotFilled(form);
        if (bot && !(result.ok === false && result.code === "HONEYPOT")) {
          problems.push({ ...base, problem: "a filled honeypot was not refused", result: describeResult(result) });
          continue;
        }
        const couldPass = !bot && cmd.input.safeParse(formFields(form)).success;
        const problem = check(cmd, result, couldPass);
        if (problem) problems.push({ ...base, problem, result: describeResult(result) });
      }
    }
    expect(report(problems)).toEqual([]);
  });
});
