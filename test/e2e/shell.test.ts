import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, submitLogin } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";

describe("web shell in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await createUser(createUseCaseContext(database.db), cliActor(), {
        username: "karen",
        displayName: "Karen Jensen",
        role: "analyst",
        password: E2E_PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the Danish login page and refuses a wrong password", async () => {
    await page.goto(server.url);
    await expect(page.locator("h1").textContent()).resolves.toBe("Log ind");
    expect(await page.getAttribute("html", "lang")).toBe("da");
    await submitLogin(page, "karen", "forkert-kode");
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Forkert brugernavn eller adgangskode");
    await page.screenshot({ path: `${SCREENSHOTS}/login.png`, fullPage: true });
  });

  it("logs in, shows the Danish start page and navigates the modules", async () => {
    await page.fill("#password", E2E_PASSWORD);
    await page.click("button[type=submit]");
    await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
    expect(await page.getByTestId("current-user").textContent()).toContain("Karen Jensen, analytiker");
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    for (const label of ["Mål", "Indsatser", "Økonomi", "Boligområder", "Udlejning", "Sager", "Rapporter"]) {
      await expect(nav.getByRole("link", { name: label, exact: true }).count()).resolves.toBe(1);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/start.png`, fullPage: true });
    await nav.getByRole("link", { name: "Boligområder", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Boligområder" }).waitFor();
    expect(page.url()).toBe(`${server.url}/boligomraader`);
  });

  it("shows a 404 page for an unknown address, and keeps the session on reload", async () => {
    await page.goto(`${server.url}/findes/ikke`);
    await page.getByRole("heading", { level: 1, name: "Siden findes ikke" }).waitFor();
    expect(await page.getByTestId("current-user").textContent()).toContain("Karen Jensen");
  });

  it("switches to English and back", async () => {
    await page.goto(server.url);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Welcome to udsyn" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
  });

  it("logs out", async () => {
    await page.getByRole("button", { name: "Log af" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  });
});
