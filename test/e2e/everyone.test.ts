import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn, submitLogin } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots/everyone";

/** What every user meets whatever their task: the small screen, field errors, session and access. */
describe("udsyn for everyone, in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      const ctx = createUseCaseContext(database.db);
      for (const [username, displayName, role] of [
        ["karen", "Karen Jensen", "caseworker"],
        ["ulla", "Ulla Udvalg", "committee"],
      ] as const) {
        await createUser(ctx, cliActor(), { username, displayName, role, password: E2E_PASSWORD });
      }
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows a Danish message beside each field of a form sent empty", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/login`);
    await page.click("button[type=submit]");
    await expect(page.locator("#username-error").textContent()).resolves.toBe("Udfyld feltet.");
    await expect(page.locator("#username").getAttribute("aria-invalid")).resolves.toBe("true");
    const alert = await page.getByRole("alert").textContent();
    expect(alert).toContain("2 felter skal rettes.");
    expect(alert).not.toContain("body.");
    await page.screenshot({ path: `${SCREENSHOTS}/login-empty-1280.png`, fullPage: true });
    await page.close();
  });

  it("at 800 px opens the mobile menu and navigates; the page names itself and takes focus", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await logIn(page, "karen", { at: server.url });
    expect(await page.title()).toBe("Velkommen til udsyn – udsyn");
    // The desktop menu is gone at this width; the menu button replaces it.
    expect(await page.getByRole("navigation", { name: "Hovedmenu" }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/home-800.png`, fullPage: true });
    await page.getByRole("button", { name: "Menu" }).click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await drawer.waitFor();
    await expect(drawer.getByRole("button", { name: "Log af" }).isVisible()).resolves.toBe(true);
    await expect(drawer.getByRole("button", { name: "English" }).isVisible()).resolves.toBe(true);
    const current = drawer.getByRole("link", { name: "Forside" });
    await expect(current.getAttribute("aria-current")).resolves.toBe("page");
    await page.screenshot({ path: `${SCREENSHOTS}/menu-open-800.png` });
    await drawer.getByRole("link", { name: "Udlejning", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Udlejning" }).waitFor();
    await expect(drawer.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H1");
    await expect.poll(() => page.title()).toBe("Kombineret udlejning – Udlejning – udsyn");
    // The rule parameters table scrolls in its region: its last column is there, not cut off.
    await page.goto(`${server.url}/udlejning/lovparametre`);
    const region = page.locator(".table--responsive-scroll").first();
    await region.waitFor();
    const widths = await region.evaluate((el) => ({ region: el.clientWidth, table: el.scrollWidth }));
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(800);
    expect(widths.region).toBeLessThanOrEqual(800);
    // Wider than the screen, it scrolls by keyboard too: the region takes focus.
    expect(widths.table).toBeGreaterThan(widths.region);
    await expect(region.getAttribute("tabindex")).resolves.toBe("0");
    await page.screenshot({ path: `${SCREENSHOTS}/rules-800.png`, fullPage: true });
    await page.close();
  });

  it("sends a user whose session expired to login, and back to the page after login", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "karen", { at: server.url });
    await server.database.db.deleteFrom("session").execute();
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Boligområder" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/boligomraader");
    expect(await page.getByRole("status").textContent()).toContain("Din session er udløbet");
    await submitLogin(page, "karen");
    await page.getByRole("heading", { level: 1, name: "Boligområder" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/boligomraader");
    await page.close();
  });

  it("tells a role it has no access to a page, and offers it only its modules", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/udlejning/flyttetilskud`);
    await submitLogin(page, "ulla");
    await page.getByRole("heading", { level: 1, name: "Du har ikke adgang" }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/forbidden-1280.png`, fullPage: true });
    await page.goto(`${server.url}/administration/brugere`);
    await page.getByRole("heading", { level: 1, name: "Du har ikke adgang" }).waitFor();
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
    // The committee's leader groups read the SSP overview, so every module is offered it
    // (modules.ts); the administration is not.
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Boligområder" }).count()).resolves.toBe(1);
    await expect(main.getByRole("link", { name: "Sager" }).count()).resolves.toBe(1);
    await expect(page.getByRole("link", { name: /Brugere/ }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/home-1280.png`, fullPage: true });
    await page.close();
  });
});
