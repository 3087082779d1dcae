import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { MAX_FAILED_LOGINS } from "../../src/usecases/users/login.ts";
import { launchChromium } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const PASSWORD = "sikker-adgangskode";

/** A locked-out colleague and the administrator who lets them in again, as they do it in a browser. */
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
        password: PASSWORD,
      });
      await createUser(ctx, cliActor(), {
        username: "bo",
        displayName: "Bo Berg",
        role: "analyst",
        password: PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(username: string, password: string): Promise<void> {
    await page.fill("#username", username);
    await page.fill("#password", password);
    await page.click("button[type=submit]");
  }

  it("a user locked after too many wrong passwords is told until when", async () => {
    await page.goto(server.url);
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++) {
      await logIn("bo", `forkert-${i}`);
      await page.getByRole("alert").waitFor();
    }
    await logIn("bo", PASSWORD);
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/låst til .* kl\. \d{2}\.\d{2}/);
  });

  it("the administrator unlocks the user, who then logs in", async () => {
    await logIn("anna", PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
    await page.getByRole("link", { name: "Brugere (administration)" }).click();
    await page.getByRole("heading", { level: 1, name: "Brugere" }).waitFor();
    await expect(page.getByRole("row", { name: /bo/ }).textContent()).resolves.toContain("Låst til");
    await page.getByRole("button", { name: "Lås bo op" }).click();
    await page.getByRole("button", { name: "Lås bo op" }).waitFor({ state: "detached" });
    await expect(page.getByRole("row", { name: /Bo Berg/ }).textContent()).resolves.toContain("Aktiv");
    await page.getByRole("button", { name: "Log af" }).click();
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await page.goto(server.url);
    await logIn("bo", PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
  });

  it("another role is told it has no access to the page", async () => {
    await page.goto(`${server.url}/administration/brugere`);
    await page.getByRole("heading", { level: 1, name: "Du har ikke adgang" }).waitFor();
  });
});
