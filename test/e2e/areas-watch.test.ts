import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";

describe("the early-warning page (Boligområder › Tidlig varsling) in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await areasDemo.seed(database.db, cliActor());
      await createUser(createUseCaseContext(database.db), cliActor(), {
        username: "udvalg",
        displayName: "Ulla Udvalg",
        role: "committee",
        password: E2E_PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "udvalg", { at: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("ranks the unlisted areas by risk with the distances as text and explains the method", async () => {
    await page.goto(`${server.url}/boligomraader`);
    await page.getByRole("link", { name: "Tidlig varsling" }).click();
    await page.getByRole("heading", { level: 2, name: /Tidlig varsling/ }).waitFor();
    await page.selectOption("#watch-list", "combined_letting");
    await page.fill("#watch-date", "2010-01-01");
    const unlisted = page.getByTestId("watch-unlisted-combined_letting");
    await unlisted.waitFor({ timeout: 60_000 });
    const rows = unlisted.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(5);
    const chances = await rows.locator("td:nth-child(2) strong").allTextContents();
    const value = (s: string) => (s.startsWith("<") ? 0 : s.startsWith(">") ? 100 : Number.parseInt(s, 10));
    expect(chances.map(value)).toEqual([...chances.map(value)].sort((a, b) => b - a));
    await expect(unlisted.textContent()).resolves.toMatch(/procentpoint under 40 %-grænsen/);
    await expect(page.getByTestId("watch-listed-combined_letting").locator("tbody tr").count()).resolves.toBe(
      6,
    );
    await expect(page.getByTestId("watch-help").textContent()).resolves.toMatch(
      /fastsættes og offentliggøres af ministeriet/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/areas-watch-1280.png`, fullPage: true });
    await unlisted.locator("tbody tr").first().locator("summary").click();
    await unlisted.screenshot({ path: `${SCREENSHOTS}/areas-watch-table-1280.png` });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/areas-watch-800.png`, fullPage: true });
  }, 120_000);
});
