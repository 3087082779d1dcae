import type { Reporter, TestModule } from "vitest/node";

/** Ends the run with one plain line, `vitest: N passed, N failed`, that CI tooling reads in any language. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const durations: [string, number][] = [];
    for (const module of testModules) {
      durations.push([module.moduleId.replace(`${process.cwd()}/`, ""), module.diagnostic().duration]);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
    }
    // The slowest files, so a run that creeps towards CI's time budget says where the time went.
    const slowest = durations.sort((a, b) => b[1] - a[1]).slice(0, 12);
    process.stdout.write(
      `\nslowest test files:\n${slowest.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`).join("\n")}\n`,
    );
    process.stdout.write(
      `\nvitest: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}
