import { defineConfig } from "vitest/config";

/**
 * The stress variant (`npm run test:stress`): ≥ 10,000 fuzzed requests, parallel logins and
 * edits, kill -9 during import and approval, on PGlite and PostgreSQL. Not part of `npm test`
 * (minutes, not seconds); each test is bounded in count and time and talks only to loopback.
 */
export default defineConfig({
  test: {
    include: ["test/stress/**/*.stress.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
