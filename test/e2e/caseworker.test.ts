import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn } from "../support/browser.ts";
import { internalIdentifiers } from "../support/letter-settings.ts";
import { addBenefitRow } from "../support/letting-form.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, "utf8"));
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * A caseworker's day with one application: fill the benefit months in as rows, see the result and
 * the letter before deciding, record the partshøring, decide, download the letter for the
 * citizen, then correct and annul by new decisions that name the old ones.
 */
describe("the caseworker decides with a preview and sends the letter (Chromium)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await areasDemo.seed(database.db, cliActor());
      await createUser(createUseCaseContext(database.db), cliActor(), {
        username: "lise",
        displayName: "Lise Sagsbehandler",
        role: "caseworker",
        password: E2E_PASSWORD,
      });
    });
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: "da-DK",
      acceptDownloads: true,
    });
    await logIn(page, "lise", { at: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("previews without storing, asks for the partshøring, then decides", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Udlejning" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Kombineret udlejning" }).waitFor();
    await page.getByLabel("Ansøgningsdato").fill("2010-03-15");
    await page.getByLabel("Område", { exact: true }).selectOption("mjoelnerparken");
    await page.locator("#cl-applicant").fill("P-0001");
    await addBenefitRow(page, { person: "Ansøger", benefit: "kontanthjælp", from: "2009-07", to: "2010-03" });
    await page.getByLabel("Øverst på ventelisten").check();
    await page.getByLabel("Skrevet op den").fill("2005-03-03");

    await page.getByRole("button", { name: "Se resultat" }).click();
    const preview = page.getByTestId("preview-result");
    await preview.waitFor();
    expect(await preview.textContent()).toContain("Resultat: afvist");
    expect(await page.getByTestId("preview-warnings").textContent()).toContain("partshør ansøgeren");
    // Nothing is stored by a preview.
    await page.getByText("Der er ingen gemte afgørelser endnu.").waitFor();

    await page.getByLabel("Journalnummer (valgfrit)").fill("27.39.00-G01-1-10");
    await page.getByLabel("Partshøring sendt den").fill("2010-03-01");
    await page.getByLabel("Frist for svar").fill("2010-03-14");
    await page.getByRole("button", { name: "Se resultat" }).click();
    const letter = page.getByTestId("letter-text");
    await letter.waitFor();
    const text = (await letter.textContent()) ?? "";
    for (const part of [
      "Afgørelse om kombineret udlejning",
      "Partshøring",
      "Klagevejledning",
      "Mjølnerparken",
    ])
      expect(text).toContain(part);
    expect(internalIdentifiers(text)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/caseworker-preview-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/caseworker-preview-800.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Træf afgørelse" }).click();
    const result = page.getByTestId("decision-result");
    await result.waitFor();
    expect(await result.textContent()).toContain("Afgørelse nr. 1: afvist");
  });

  it("downloads the letter for the citizen: klagevejledning, no internal identifier", async () => {
    const form = page.getByTestId("letter-download");
    await form.getByLabel("Modtagerens navn").fill("Karen Hansen");
    await form.getByLabel("Modtagerens adresse").fill("Møllegade 3, 2. th.\n2200 København N");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: "Hent brev" }).click(),
    ]);
    const file = join(await download.path().then((p) => p.replace(/[^/]+$/, "")), "brev.pdf");
    await download.saveAs(file);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const part of [
      "Karen Hansen",
      "Afgørelse nr. 1",
      "Journalnr.: 27.39.00-G01-1-10",
      "Klagevejledning",
      "Partshøring",
    ])
      expect(text).toContain(part);
    expect(internalIdentifiers(text)).toEqual([]);
    expect(text).not.toContain("mjoelnerparken");
  });

  it("corrects and annuls only by new decisions that name the old ones; the list shows the chain", async () => {
    await page.getByRole("button", { name: "Ret afgørelse nr. 1" }).click();
    await page.getByTestId("correcting").waitFor();
    await page.getByLabel("Årsag til rettelsen").fill("Ansøgerens bemærkninger kom efter fristen.");
    await page.getByLabel("Ansøgerens bemærkninger (valgfri)").fill("Jeg har fået arbejde fra april.");
    await page.getByLabel("Svar modtaget den (valgfri)").fill("2010-03-14");
    await page.getByRole("button", { name: "Træf rettet afgørelse" }).click();
    await page.getByTestId("decision-result").getByText("Afgørelse nr. 2: afvist").waitFor();
    await page.getByTestId("chain-1").getByText("rettet ved nr. 2").waitFor();
    expect(await page.getByTestId("chain-2").textContent()).toBe("retter nr. 1");
    expect(await page.getByRole("button", { name: "Ret afgørelse nr. 1" }).count()).toBe(0);

    await page.getByRole("button", { name: "Annullér afgørelse nr. 2" }).first().click();
    await page
      .getByLabel("Årsag til annullering af afgørelse nr. 2")
      .fill("Ansøgningen blev trukket tilbage.");
    await page.getByTestId("annul-form").getByRole("button", { name: "Annullér afgørelse nr. 2" }).click();
    await page.getByTestId("chain-2").getByText("annulleret ved nr. 3").waitFor();
    expect(await page.getByTestId("chain-3").textContent()).toBe("annullerer nr. 2");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/caseworker-chain-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/caseworker-chain-800.png`, fullPage: true });
  });
});
