import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "backups/**", "test-results/**", "coverage/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // next.config.js is CommonJS, as Next loads it.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Specs take `test` from e2e/support.ts, whose fixture fails a test on any browser-console error.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/support.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import `test` from ./support: it fails the test on browser-console errors." }] }],
    },
  },
  {
    rules: {
      // Tests and benches legitimately iterate with plain loops and non-null assertions.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
]);
