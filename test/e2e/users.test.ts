import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { importAreaFacts } from "../../src/usecases/areas/import-area-facts.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { MAX_FAILED_LOGINS } from "../../src/usecases/users/login.ts";
import { E2E_PASSWORD, launchChromium, logIn, submitLogin } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots/admin";

/**
 * A locked-out colleague and the administrator who lets them in again, changes their role, finds
 * it in the audit log and checks the imports, as they do it in a browser.
 */
describe("user administration in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(async (database) => {
      const ctx = createUseCaseContext(database.db);
      await createUser(ctx, cliActor(), {
        username: "anna",
        displayName: "Anna Admin",
        role: "admin",
        password: E2E_PASSWORD,
      });
      await createUser(ctx, cliActor(), {
        username: "bo",
        displayName: "Bo Berg",
        role: "analyst",
        password: E2E_PASSWORD,
      });
      const content = readFileSync(
        new URL("../fixtures/area-facts/valid-minimal.csv", import.meta.url),
        "utf8",
      );
      await importAreaFacts(ctx, cliActor(), { facts: { fileName: "fakta-2008.csv", content } });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a user locked after too many wrong passwords is told until when", async () => {
    await page.goto(server.url);
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++) {
      await submitLogin(page, "bo", `forkert-${i}`);
      await page.getByRole("alert").waitFor();
    }
    await submitLogin(page, "bo");
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/låst til .* kl\. \d{2}\.\d{2}/);
  });

  it("the administrator unlocks the user, who then logs in", async () => {
    await logIn(page, "anna");
    await page.getByRole("main").getByRole("link", { name: "Administration" }).click();
    await page.getByRole("heading", { level: 2, name: "Brugere" }).waitFor();
    await expect(page.getByRole("row", { name: /bo/ }).textContent()).resolves.toContain("Låst til");
    await page.getByRole("button", { name: "Administrér bo" }).click();
    await page.getByRole("button", { name: "Lås bo op" }).click();
    await page.getByRole("button", { name: "Lås bo op" }).waitFor({ state: "detached" });
    await expect(page.getByRole("row", { name: /Bo Berg/ }).textContent()).resolves.toContain("Aktiv");
    await page.getByRole("button", { name: "Log af" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await logIn(page, "bo", { at: server.url });
  });

  it("the administrator changes a role, adds a user (told beside the field what is wrong) and finds both in the audit log", async () => {
    await page.getByRole("button", { name: "Log af" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await logIn(page, "anna");
    await page.goto(`${server.url}/administration/brugere`);
    await page.getByRole("button", { name: "Administrér bo" }).click();
    await page.getByLabel("Rolle for bo").selectOption("caseworker");
    await page.getByRole("button", { name: "Gem rolle" }).click();
    await page
      .getByRole("row", { name: /Bo Berg/ })
      .getByText("sagsbehandler")
      .waitFor();

    await page.fill("#new-username", "cilla");
    await page.fill("#new-display-name", "Cilla Cort");
    await page.fill("#new-password", "kort");
    await page.getByRole("button", { name: "Opret bruger" }).click();
    const passwordField = page.locator("[data-field=password]");
    await passwordField.locator(".form-error-message").waitFor();
    await page.fill("#new-password", E2E_PASSWORD);
    await page.getByRole("button", { name: "Opret bruger" }).click();
    await page.getByRole("status").getByText("cilla").waitFor();
    await page.getByRole("row", { name: /Cilla Cort/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/admin-users-1280.png`, fullPage: true });

    await page.getByRole("link", { name: "Revisionsspor" }).click();
    await page.getByLabel("Bruger", { exact: true }).fill("anna");
    // The action is chosen by what it means, not by its code.
    await page.getByLabel("Handling").selectOption({ label: "Brugerens rolle ændret" });
    await page.getByRole("button", { name: "Vis" }).click();
    await page.waitForURL(/action=user\.role/);
    const rows = page.getByRole("table").getByRole("row");
    await rows.nth(1).getByText("Brugerens rolle ændret").waitFor();
    expect(await page.getByRole("table").textContent()).not.toContain("user.role");
    // The header and exactly one change of role, by anna, from analyst to caseworker.
    await expect(rows.count()).resolves.toBe(2);
    const change = await rows.nth(1).textContent();
    expect(change).toMatch(/anna.*username: bo/);
    expect(change).toMatch(/from: analyst/);
    expect(change).toMatch(/to: caseworker/);
    // The record is named by its kind in words, not by its table.
    expect(await rows.nth(1).locator("td[data-entity=user]").textContent()).toMatch(/^Bruger \d+$/);
    await page.screenshot({ path: `${SCREENSHOTS}/admin-audit-1280.png`, fullPage: true });
    // A day before anything happened: nothing.
    await page.getByLabel("Til dato").fill("2000-01-01");
    await page.getByRole("button", { name: "Vis" }).click();
    await page.getByText("Ingen poster passer til filtrene.").waitFor();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByLabel("Til dato").fill("");
    await page.getByRole("button", { name: "Vis" }).click();
    await rows.nth(1).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/admin-audit-800.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("the administrator sees an import in the history, with its rows", async () => {
    await page.getByRole("link", { name: "Indlæsninger" }).click();
    const row = page.getByRole("row", { name: /fakta-2008\.csv/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/Områdefakta \(CSV\).*cli:.*Indlæst/);
    await page.screenshot({ path: `${SCREENSHOTS}/admin-imports-1280.png`, fullPage: true });
    await page.getByRole("button", { name: "Log af" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await logIn(page, "bo", { at: server.url });
  });

  it("another role is told it has no access to the page", async () => {
    await page.goto(`${server.url}/administration/brugere`);
    await page.getByRole("heading", { level: 1, name: "Du har ikke adgang" }).waitFor();
  });
});
