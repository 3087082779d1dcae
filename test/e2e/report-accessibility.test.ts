import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoData, round2010 } from "../../src/demo/report-2010/index.ts";
import { buildFromRound } from "../../src/domain/policy/report/build-committee-report.ts";
import { renderHtml } from "../../src/render/html/render-html.ts";
import { launchChromium } from "../support/browser.ts";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeResult {
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string;
    readonly nodes: readonly { readonly target: readonly string[] }[];
  }[];
}

describe("the HTML committee report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  it("has no WCAG 2.1 A/AA violations (axe-core) and reads in Danish", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.setContent(await renderHtml(buildFromRound(demoData, round2010)), { waitUntil: "load" });
    expect(await page.getAttribute("html", "lang")).toBe("da");
    expect(await page.locator("h1").count()).toBe(1);
    await page.addScriptTag({ path: AXE_PATH });
    const result = (await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
      (window as any).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    )) as AxeResult;
    expect(
      result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
    mkdirSync("test-results/screenshots", { recursive: true });
    await page.screenshot({ path: "test-results/screenshots/report-html.png" });
  });
});
