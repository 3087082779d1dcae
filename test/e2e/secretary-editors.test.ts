import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn, submitLogin } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";
const ROUND_2011 = "udvalg=SUD&aar=2011&version=1";
const INDICATOR = "Andel på overførselsindkomst, alle områdetyper";

/** The secretary's forms for an indicator, its target and baseline, and initiatives (issue 13). */
describe("the secretary's indicator, target and initiative forms in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const shoot = async (name: string) => {
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}/editors-${name}-${width}.png`, fullPage: false });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await policyDemo.seed(database.db, cliActor());
      await createUser(createUseCaseContext(database.db), cliActor(), {
        username: "sekretaer",
        displayName: "Udvalgets sekretær",
        role: "analyst",
        password: E2E_PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
    await logIn(page, "sekretaer", { at: server.url });
    // Next year's round, as the secretary starts it.
    await page.goto(`${server.url}/rapporter`);
    await page.getByRole("button", { name: "Anmod om runden" }).click();
    await page.waitForURL(/aar=2011/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("edits an indicator's definition; an emptied name is refused beside the field", async () => {
    await page.goto(`${server.url}/maal?${ROUND_2011}#maal-b`);
    await page.getByRole("button", { name: `Ret indikatoren »${INDICATOR}«` }).click();
    const form = page.locator("form#maal-b-indikator-b-andel-overfoerselsindkomst");
    await form.getByLabel("Navn", { exact: true }).fill("  ");
    await form
      .getByLabel("Definition", { exact: true })
      .fill("Andelen af de 16–64-årige beboere, der modtager overførselsindkomst, opgjort pr. 1. januar.");
    await form.getByRole("button", { name: "Gem" }).click();
    // The API's refusal stands beside the field it is about, in Danish, and nothing is stored.
    const nameError = form.locator('[data-field="name"] .form-error-message');
    await nameError.waitFor();
    expect(await nameError.textContent()).not.toMatch(/Too small|expected|body\./);
    expect(await form.getByLabel("Navn", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await shoot("indicator-refused");

    await form.getByLabel("Navn", { exact: true }).fill(INDICATOR);
    await form.getByRole("button", { name: "Gem" }).click();
    await page.getByText("opgjort pr. 1. januar.").first().waitFor();
    expect(await form.count()).toBe(0);
    // A finding names the field it is about in words (»vurdering«), not by its key.
    const findings = page.getByTestId("goal-c-findings");
    await findings.getByText("felt »vurdering«").first().waitFor();
    expect(await findings.textContent()).not.toContain("assessment.");
  });

  it("says so when someone else saved the goal meanwhile, and shows what they stored", async () => {
    const targetButton = page.getByRole("button", { name: `Ret måltal og udgangsniveau for »${INDICATOR}«` });
    await targetButton.click();
    const form = page.locator("form#maal-b-maaltal-b-andel-overfoerselsindkomst");
    await form.getByLabel("Indikatoren har et måltal").check();
    await form.getByLabel("Måltal", { exact: true }).fill("20");
    await form.getByLabel("Kildens ordlyd").fill("højst 20 %");

    // A colleague (here the same person in another browser) changes the indicator's unit first.
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
    await other.goto(`${server.url}/maal?${ROUND_2011}#maal-b`);
    await submitLogin(other, "sekretaer");
    await other.getByRole("button", { name: `Ret indikatoren »${INDICATOR}«` }).click();
    const theirs = other.locator("form#maal-b-indikator-b-andel-overfoerselsindkomst");
    await theirs.getByLabel("Enhed", { exact: true }).fill("procent");
    await theirs.getByRole("button", { name: "Gem" }).click();
    await theirs.waitFor({ state: "detached" });
    await other.close();

    await form.getByRole("button", { name: "Gem" }).click();
    await page
      .getByTestId("goal-b-stale")
      .getByText(/ændret af en anden.*gentag din ændring/)
      .waitFor();
    await page.getByText("Enhed: procent").first().waitFor();
    await shoot("goal-stale");
  });

  it("sets a target's baseline: a figure that is not a number is refused beside the field", async () => {
    const targetButton = page.getByRole("button", { name: `Ret måltal og udgangsniveau for »${INDICATOR}«` });
    if ((await page.locator("form#maal-b-maaltal-b-andel-overfoerselsindkomst").count()) === 0)
      await targetButton.click();
    const form = page.locator("form#maal-b-maaltal-b-andel-overfoerselsindkomst");
    await form.getByLabel("Indikatoren har et måltal").check();
    await form.getByLabel("Måltal", { exact: true }).fill("25");
    await form.getByLabel("Kildens ordlyd").fill("højst 25 % i 2012");
    const baseline = form.getByRole("group", { name: "Udgangsniveau" });
    await baseline.getByLabel("Værdi", { exact: true }).fill("31,5x");
    await baseline.getByLabel("År", { exact: true }).fill("2007");
    await form.getByRole("button", { name: "Gem" }).click();
    await baseline.locator(".form-error-message").getByText("Skriv et tal, fx 33,2.").waitFor();
    await shoot("target-refused");

    await baseline.getByLabel("Værdi", { exact: true }).fill("31,5");
    await form.getByRole("button", { name: "Gem" }).click();
    await form.waitFor({ state: "detached" });
    const target = page.locator("table", {
      has: page.locator("caption", { hasText: `Mål for ${INDICATOR}` }),
    });
    await target.getByText(/31,5.*2007/).waitFor();
  });

  it("adds an initiative (an existing one is refused beside its name) and retires it with a reason", async () => {
    await page.goto(`${server.url}/indsatser?${ROUND_2011}`);
    const add = page.getByTestId("initiative-add");
    await add.getByLabel("Indsatsens navn").fill("Nexus");
    await add.getByRole("button", { name: "Tilføj indsatsen" }).click();
    await add
      .locator('[data-field="name"] .form-error-message')
      .getByText(/findes allerede/)
      .waitFor();
    // The summary links the refusal to the name field, not to the API's id.
    await add.getByRole("alert").getByRole("link", { name: "Indsatsens navn" }).waitFor();
    expect(await add.getByRole("alert").textContent()).not.toContain("initiativeId");

    await add.getByLabel("Indsatsens navn").fill("Lektiecafé i Tingbjerg");
    await add.getByText("Indsatsen får id'et lektiecafe-i-tingbjerg.").waitFor();
    await add.getByLabel(/^Mål b:/).check();
    await shoot("initiative-add");
    await add.getByRole("button", { name: "Tilføj indsatsen" }).click();
    await add.getByRole("status").getByText("Indsatsen »Lektiecafé i Tingbjerg« er tilføjet.").waitFor();
    await page.getByRole("link", { name: "Lektiecafé i Tingbjerg" }).click();
    await page.getByRole("heading", { level: 1, name: "Lektiecafé i Tingbjerg" }).waitFor();

    // Retiring needs a reason: without one the API refuses it beside the field.
    const retire = page.getByTestId("initiative-retire");
    await retire.getByRole("button", { name: "Afslut »Lektiecafé i Tingbjerg«" }).click();
    const reasonError = retire.locator('[data-field="reason"] .form-error-message');
    await reasonError.waitFor();
    expect(await reasonError.textContent()).not.toMatch(/Too small|expected|body\./);
    await retire.getByLabel("Hvorfor afsluttes indsatsen?").fill("Oprettet ved en fejl");
    await shoot("initiative-retire");
    await retire.getByRole("button", { name: "Afslut »Lektiecafé i Tingbjerg«" }).click();
    await page.waitForURL(/\/indsatser\?/);
    await page.getByTestId("initiative-add").waitFor();
    expect(await page.getByRole("link", { name: "Lektiecafé i Tingbjerg" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Nexus" }).count()).toBeGreaterThan(0);
  });
});
