import "server-only";
import { z } from "@/lib/validation/zod";
import { databaseFile } from "./database-file";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Public address of the site, used in email links.
  SITE_URL: z.string().url().default("http://localhost:3000"),
  // SMTP server for outgoing email (smtp://user:pass@host:port). Without it, mail goes to the outbox table.
  SMTP_URL: z.string().optional(),
  // The From header. Without it: the organisation's name and email from the settings (lib/settings/identity.ts senderOf).
  MAIL_FROM: z.string().optional(),
  // Signs sessions (next-auth) and seals the secret links of queued mails (lib/email/seal.ts).
  // scripts/prepare.mjs sets it on start (from the environment or AUTH_SECRET_FILE, default .auth-secret).
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  // Trust X-Forwarded-For for client IPs (rate limits) only behind a known reverse proxy.
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // How many trusted proxies append to X-Forwarded-For: the client is that many entries from the right.
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  // "off": this process starts no job runner (lib/jobs/runner.ts); cron runs `npm run jobs -- --due` instead.
  JOB_RUNNER: z.enum(["on", "off"]).default("on"),
});

type Env = z.infer<typeof schema> & { DATABASE_FILE: string };

let cached: Env | null = null;

/** The environment, parsed once. The only place that reads process.env in the app. */
export function env(): Env {
  if (cached && process.env.NODE_ENV !== "test") return cached;
  const parsed = schema.parse({
    NODE_ENV: process.env.NODE_ENV,
    SITE_URL: process.env.SITE_URL || process.env.NEXTAUTH_URL || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    TRUST_PROXY: process.env.TRUST_PROXY || undefined,
    TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS || undefined,
    JOB_RUNNER: process.env.JOB_RUNNER || undefined,
  });
  cached = { ...parsed, DATABASE_FILE: databaseFile() };
  return cached;
}
