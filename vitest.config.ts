import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./test/support/summary-reporter.ts"],
    // Two test files at a time: vitest's default leaves one of CI's two cores idle (cores - 1),
    // and most of a database test's time is spent in PGlite or the PostgreSQL server.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit-and-database",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/stress/**", "node_modules/**"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The built web app served by the real server, driven in Debian's Chromium (run `vite build` first).
        test: {
          name: "browser",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
