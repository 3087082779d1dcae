import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn } from "../support/browser.ts";
import { addBenefitRow } from "../support/letting-form.ts";
import { type RunningServer, startServer } from "../support/server.ts";

const SCREENSHOTS = "test-results/screenshots";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const fixture = (name: string) => readFileSync(new URL(`../fixtures/area-facts/${name}`, import.meta.url));

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core's verdict on the page as it stands: every violation with the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: a <script> tag is inline script, which the app's
  // Content Security Policy rightly refuses.
  await page.evaluate(readFileSync(AXE, "utf8"));
  const violations = await page.evaluate(
    () =>
      (
        window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
      ).axe.run() as Promise<{
        violations: AxeViolation[];
      }>,
  );
  return violations.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

async function switchUser(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  // Wait until the app knows whether someone is logged in (it shows a loading line until then).
  await page.locator("h1").first().waitFor();
  const logout = page.getByRole("button", { name: "Log af" });
  if (await logout.isVisible()) {
    await logout.click();
  }
  await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  await logIn(page, username);
}

describe("housing areas and letting pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer(async (database) => {
      await areasDemo.seed(database.db, cliActor());
      for (const [username, displayName, role] of [
        ["bo", "Bo Analytiker", "analyst"],
        ["lise", "Lise Sagsbehandler", "caseworker"],
      ] as const) {
        await createUser(createUseCaseContext(database.db), cliActor(), {
          username,
          displayName,
          role,
          password: E2E_PASSWORD,
        });
      }
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "da-DK" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const classificationRows = () => page.getByTestId("classification-table").locator("tbody tr");
  const listedNames = async () => {
    const names: string[] = [];
    for (const row of await classificationRows().all()) {
      if ((await row.locator("td").first().textContent()) === "ja")
        names.push((await row.locator("th").textContent()) ?? "");
    }
    return names;
  };

  it("Udpegning shows the 2005 rule's two areas on 31 December 2009 and the six of the 2010 rule a day later", async () => {
    await switchUser(page, server.url, "bo");
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Boligområder" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Udpegning efter reglerne på en dato" }).waitFor();
    await page.getByLabel("Dato").fill("2009-12-31");
    await page
      .getByText("Områder med kombineret udlejning 31. december 2009: 2 af 16 områder på listen")
      .waitFor();
    expect(await listedNames()).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
    expect(await page.getByTestId("rule-version").textContent()).toContain("combined-letting-2005");
    expect(await page.getByTestId("rule-version").textContent()).toContain("almenboligloven § 51 b, stk. 3");
    const tingbjerg = page.getByRole("row", { name: /Tingbjerg/ });
    expect(await tingbjerg.textContent()).toContain("≥ 1.200");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/areas-classification-2009.png`, fullPage: true });

    await page.getByLabel("Dato").fill("2010-01-01");
    await page
      .getByText("Områder med kombineret udlejning 1. januar 2010: 6 af 16 områder på listen")
      .waitFor();
    expect(await listedNames()).toEqual([
      "Akacieparken",
      "Aldersrogade/Vognvænget",
      "Bispeparken",
      "Lundtoftegade",
      "Mjølnerparken",
      "Tingbjerg/Utterslevhuse",
    ]);
    await page.getByLabel("Liste").selectOption("copenhagen_typology");
    await page.getByText(/Københavns Kommunes områdetypologi 1\. januar 2010/).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/areas-classification-2010.png`, fullPage: true });
  });

  it("Regelændring vs. reel ændring attributes the rise on 1 January 2010 to the rule change", async () => {
    await page.getByRole("link", { name: "Regelændring vs. reel ændring" }).click();
    const summary = page.getByTestId("attribution-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Regelændringen: +4 områder · reelle ændringer: 0");
    expect(await summary.textContent()).toContain("Listen gik fra 2 til 6 områder");
    expect(await summary.textContent()).toContain("ingen del af ændringen skyldes reelle ændringer");
    const akacieparken = page.getByTestId("attribution-table").getByRole("row", { name: /Akacieparken/ });
    expect(await akacieparken.textContent()).toContain("kommer på");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/areas-attribution.png`, fullPage: true });
  });

  it("Fakta lists the years and shows every row and column problem of a bad CSV, importing nothing", async () => {
    await page.getByRole("link", { name: "Fakta" }).click();
    await page.getByTestId("facts-years").waitFor();
    expect(await page.getByTestId("facts-years").locator("tbody tr").count()).toBe(19);
    await page.getByLabel("Områdefakta (CSV)").setInputFiles({
      name: "many-problems.csv",
      mimeType: "text/csv",
      buffer: fixture("many-problems.csv"),
    });
    await page.getByRole("button", { name: "Indlæs" }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    expect(await errors.locator("tbody tr").count()).toBe(10);
    expect(await errors.locator("tbody tr").first().textContent()).toBe(
      'many-problems.csv3residentstekst i et talfelt: "mange"',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/areas-facts-import-errors.png`, fullPage: true });

    await page.getByLabel("Områdefakta (CSV)").setInputFiles({
      name: "valid-minimal.csv",
      mimeType: "text/csv",
      buffer: fixture("valid-minimal.csv"),
    });
    await page.getByRole("button", { name: "Indlæs" }).click();
    await page.getByText("valid-minimal.csv: 3 rækker indlæst (2 nye, 1 erstattet) for 2008.").waitFor();
  });

  it("an analyst sees no person-level letting pages", async () => {
    await page.goto(`${server.url}/udlejning`);
    await page.getByRole("heading", { level: 2, name: "Særboliger" }).waitFor();
    expect(page.url()).toBe(`${server.url}/udlejning/saerboliger`);
    const tabs = page.getByRole("navigation", { name: "Udlejning" });
    expect(await tabs.getByRole("link").allTextContents()).toEqual(["Særboliger", "Lovparametre"]);
  });

  // The preview, the letter and corrections are driven in test/e2e/caseworker.test.ts.
  it("Kombineret udlejning decides an application from the benefit table, stores it and replays it", async () => {
    await switchUser(page, server.url, "lise");
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Udlejning" })
      .click();
    await page.getByRole("heading", { level: 2, name: "Kombineret udlejning" }).waitFor();
    await page.getByLabel("Ansøgningsdato").fill("2010-03-15");
    await page.getByLabel("Område", { exact: true }).selectOption("mjoelnerparken");
    await page.getByLabel("Afdeling (valgfri)").fill("mjoelnerparken-1");
    await page.locator("#cl-applicant").fill("P-0001");
    // The runs reach the application month: rejection needs current receipt (§ 51 b, stk. 1, 3. pkt.).
    await addBenefitRow(page, { person: "Ansøger", benefit: "kontanthjælp", from: "2009-07", to: "2010-03" });
    await page.getByLabel("Husstand").selectOption("married");
    await page.locator("#cl-spouse").fill("P-0002");
    await addBenefitRow(page, {
      person: "Ægtefælle eller samlever",
      benefit: "starthjælp",
      from: "2009-08",
      to: "2009-12",
    });
    await addBenefitRow(page, {
      person: "Ægtefælle eller samlever",
      benefit: "kontanthjælp",
      from: "2010-01",
      to: "2010-03",
    });
    await page.getByLabel("Øverst på ventelisten").check();
    await page.getByLabel("Skrevet op den").fill("2005-03-03");
    await page.getByRole("button", { name: "Træf afgørelse" }).click();
    const result = page.getByTestId("decision-result");
    await result.waitFor();
    expect(await result.textContent()).toContain("Afgørelse nr. 1: afvist");
    expect(await result.textContent()).toContain("Ansøgeren tilbydes en erstatningsbolig.");

    const list = page.getByTestId("decision-list");
    await list.getByRole("row", { name: /P-0001/ }).waitFor();
    await page.getByRole("button", { name: "Genafspil afgørelse nr. 1" }).click();
    await page.getByText("Afgørelse nr. 1 genskabes identisk").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/letting-combined.png`, fullPage: true });
  });

  it("marks a benefit row whose months run backwards, and shows the API's refusal with the field", async () => {
    await page.getByLabel("Til måned, række 1", { exact: true }).fill("2009-01");
    await page.getByText("Til-måneden ligger før fra-måneden").waitFor();
    await page.getByLabel("Til måned, række 1", { exact: true }).fill("2010-02");
    await addBenefitRow(page, { person: "Ansøger", benefit: "kontanthjælp", from: "2009-08" });
    await page.getByRole("button", { name: "Træf afgørelse" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("application.household.applicant.benefitMonths[8].month");
  });

  it("Fleksibel udlejning puts the priority groups first", async () => {
    await page.getByRole("link", { name: "Fleksibel udlejning" }).click();
    await page.getByRole("heading", { level: 2, name: "Fleksibel udlejning" }).waitFor();
    await page.getByLabel("Dato", { exact: true }).fill("2010-03-01");
    await page.getByLabel("Område", { exact: true }).selectOption("akacieparken");
    await page.getByLabel("Boligens betegnelse").fill("akacieparken-1/7 th");
    await page.getByLabel("Ledig bolig nr. i året").fill("2");
    await page.getByRole("button", { name: "Tilføj ansøger" }).click();
    const applicants = page.locator("fieldset").filter({ hasText: /^Ansøger \d/ });
    const fill = async (i: number, pseudonym: string, position: string) => {
      await applicants.nth(i).getByLabel("Pseudonym").fill(pseudonym);
      await applicants.nth(i).getByLabel("Ventelisteplads").fill(position);
    };
    await fill(0, "P-0101", "1");
    await fill(1, "P-0102", "2");
    await applicants.nth(1).getByLabel("Studerende").check();
    await fill(2, "P-0103", "3");
    await applicants.nth(2).getByLabel("I arbejde").check();
    await page.getByRole("button", { name: "Beregn rækkefølge" }).click();
    const order = page.getByTestId("flexible-order");
    await order.waitFor();
    const pseudonyms = await order.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(pseudonyms).toEqual(["P-0102", "P-0103", "P-0101"]);
    await page.getByText("Boligen udlejes fleksibelt", { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/letting-flexible.png`, fullPage: true });
  });

  it("Flyttetilskud grants 15.000 kr., and the payment is registered once", async () => {
    await page.getByRole("link", { name: "Flyttetilskud" }).click();
    await page.getByRole("heading", { level: 2, name: "Flyttetilskud", exact: true }).waitFor();
    await page.getByLabel("Ansøgningsdato").fill("2010-04-01");
    await page.getByLabel("Pseudonym").fill("H-0001");
    await page.getByLabel("Fraflytter område").selectOption("tingbjerg");
    await page.getByLabel("Tilflytter område").selectOption("bellahoej");
    await page.getByRole("button", { name: "Træf afgørelse" }).click();
    await page.getByTestId("grant-result").waitFor();
    expect(await page.getByTestId("grant-result").textContent()).toBe(
      "Afgørelse nr. 2: bevilget (15.000 kr.)",
    );
    const register = page.getByTestId("grant-register");
    await register.getByRole("row", { name: /H-0001/ }).waitFor();
    await page.getByLabel("Udbetalingsdato for nr. 2").fill("2010-05-01");
    await page.getByRole("button", { name: "Registrér udbetaling" }).click();
    await register.getByText("udbetalt 2010-05-01").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/letting-relocation-grant.png`, fullPage: true });
  });

  it("Særboliger shows the progress against the plan of 500 and takes a new row", async () => {
    await page.getByRole("link", { name: "Særboliger" }).click();
    const progress = page.getByTestId("special-progress");
    await progress.waitFor();
    expect(await progress.getByRole("row", { name: /^2011/ }).textContent()).toContain("500");
    const summary = await page.getByTestId("special-summary").textContent();
    expect(summary).toMatch(/^475 af 500 særboliger oprettet \(2007-2011\); 25 mangler\.$/);
    await page.getByLabel("År", { exact: true }).fill("2011");
    await page.getByLabel("Antal boliger").fill("25");
    await page.getByLabel("Beskrivelse").fill("Skæve boliger, Nordvest");
    await page.getByRole("button", { name: "Registrér", exact: true }).click();
    await page.getByText("500 af 500 særboliger oprettet (2007-2011); 0 mangler.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/letting-special-dwellings.png`, fullPage: true });
  });

  it("keeps the legal parameters as a tab", async () => {
    await page.getByRole("link", { name: "Lovparametre" }).click();
    await page.getByRole("heading", { level: 2, name: "Lovparametre" }).waitFor();
    expect(page.url()).toBe(`${server.url}/udlejning/lovparametre`);
  });
});
