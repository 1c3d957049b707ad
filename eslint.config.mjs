import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "data/**"] },
  {
    rules: {
      // A leading underscore marks a parameter kept on purpose (e.g. the authorised actor a read takes).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Schemas take z from lib/validation/zod.ts, which installs the Danish error map first.
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: 'Import { z } from "@/lib/validation/zod" (the Danish error map).' }] }],
    },
  },
  { files: ["lib/validation/zod.ts"], rules: { "no-restricted-imports": "off" } },
];
export default config;
