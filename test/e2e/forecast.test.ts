import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertRound } from "../../src/db/policy.repository.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn } from "../support/browser.ts";
import { forecastRound2010 } from "../support/forecast-round.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, "utf8"));
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the goal forecast on the goal page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const csp: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await policyDemo.seed(database.db, cliActor());
      // Version 2: the seed with invented measurements for goal b (test/support/forecast-round.ts).
      await insertRound(database.db, {
        committeeCode: "SUD",
        year: 2010,
        version: 2,
        status: "draft",
        deadline: null,
        createdFromId: null,
        content: forecastRound2010,
      });
      await createUser(createUseCaseContext(database.db), cliActor(), {
        username: "ana",
        displayName: "Ana Andersen",
        role: "analyst",
        password: E2E_PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await logIn(page, "ana", { at: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows goal b's sentence, chart and figures beside the assessment, and goal a's reason", async () => {
    await page.goto(`${server.url}/maal?udvalg=SUD&aar=2010&version=2#maal-b`);
    const goalB = page.locator("#maal-b");
    const sentence = goalB.getByTestId("forecast-sentence").first();
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(
      /^Med den hidtidige udvikling nås målet med omkring \d+ % sandsynlighed i 2010\.$/,
    );
    const chart = goalB.getByRole("img", { name: /Fremskrivning af Andel uden tilknytning/ });
    expect(await chart.count()).toBe(1);
    expect(await chart.locator("desc").textContent()).toContain("80 %-interval");
    expect(await goalB.getByTestId("forecast-b").textContent()).toContain("37,8 %");

    // The seed's own 2006 and 2008 transfer-income figures: a forecast from the data through 2006 beside 2008.
    expect(await goalB.getByTestId("forecast-b-without-target").textContent()).toContain(
      "En fremskrivning med målingerne til og med 2006 gav",
    );

    const goalA = page.locator("#maal-a");
    expect(await goalA.getByTestId("forecast-a").textContent()).toContain("Kan ikke vurderes");
    expect(await goalA.getByTestId("forecast-a").textContent()).toContain("forskellige opgørelser");

    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await goalB.scrollIntoViewIfNeeded();
    await goalB.getByTestId("forecast-b").screenshot({ path: `${SCREENSHOTS}/forecast-goal-b-1280.png` });
    await page.setViewportSize({ width: 800, height: 900 });
    await goalB.getByTestId("forecast-b").screenshot({ path: `${SCREENSHOTS}/forecast-goal-b-800.png` });
    await goalA.getByTestId("forecast-a").screenshot({ path: `${SCREENSHOTS}/forecast-goal-a-800.png` });
  });
});
