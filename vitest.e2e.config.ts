import { defineConfig } from "vitest/config";

/** Browser tests: the built web app served by the real server, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
