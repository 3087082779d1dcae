import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertSspCommittee } from "../../src/db/cases.repository.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { setUserCaseCommittees } from "../../src/usecases/cases/case-admin.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";
import { E2E_PASSWORD, launchChromium, logIn } from "../support/browser.ts";
import { type RunningServer, startServer } from "../support/server.ts";

/**
 * A caseworker creates an SSP case at level 2, completes an action, re-grades to 3 and reads it
 * all on the timeline; a caseworker of another local committee cannot open the case.
 */
describe("SSP cases in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(async (database) => {
      const ctx = createUseCaseContext(database.db);
      await upsertSspCommittee(database.db, { code: "norrebro", name: "SSP Nørrebro", leaderGroup: "Nord" });
      await upsertSspCommittee(database.db, { code: "amager", name: "SSP Amager", leaderGroup: "Syd" });
      for (const [username, committee] of [
        ["sofie", "norrebro"],
        ["anders", "amager"],
      ] as const) {
        await createUser(ctx, cliActor(), {
          username,
          displayName: username,
          role: "caseworker",
          password: E2E_PASSWORD,
        });
        await setUserCaseCommittees(ctx, cliActor(), { user: username, committees: [committee] });
      }
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A browser context of the user's own (its own cookies), logged in. */
  async function openAs(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await logIn(p, username, { at: server.url });
    return p;
  }

  let caseUrl: string;

  it("creates a level-2 case, completes an action, re-grades to 3, and the timeline shows it all", async () => {
    page = await openAs("sofie");
    await page.goto(`${server.url}/sager/ny`);
    await page.selectOption("#case-committee", "norrebro");
    await page.fill("#case-pseudonym", "U-4711");
    await page.fill("#case-birth-year", "2011");
    await page.fill("#case-birth-month", "4");
    await page.fill("#case-name", "Emil Eksempel");
    await page.selectOption("#case-level", "2");
    await page.getByRole("button", { name: "Opret sag" }).click();
    await page.getByTestId("case-heading").waitFor();
    caseUrl = page.url();
    const actions = page.getByTestId("case-actions");
    await expect(actions.locator("tbody tr").count()).resolves.toBe(3);
    await expect(actions.textContent()).resolves.toMatch(/Samtale med forældre.*\d+\. \w+\.? 20\d\d/s);

    await actions
      .locator("tr[data-action=samtale_foraeldre]")
      .getByRole("button", { name: "Markér som udført" })
      .click();
    await actions
      .locator("tr[data-action=samtale_foraeldre]")
      .getByText(/^Udført/)
      .waitFor();

    await page.selectOption("#regrade-level", "3");
    await page.fill("#regrade-reason", "Ny sigtelse for indbrud");
    await page.getByRole("button", { name: "Omgradér" }).click();
    await page.getByTestId("case-heading").getByText("Gentagen alvorlig kriminalitet").waitFor();

    const timeline = page.getByTestId("case-timeline");
    await timeline.locator("li[data-kind=escalated]").waitFor();
    await expect(
      timeline.locator("li").evaluateAll((items) => items.map((i) => i.getAttribute("data-kind"))),
    ).resolves.toEqual(["opened", "action_completed", "escalated"]);
    await expect(timeline.textContent()).resolves.toContain("Ny sigtelse for indbrud");
  });

  it("a caseworker of another committee cannot open the case", async () => {
    const other = await openAs("anders");
    await other.goto(caseUrl);
    await expect(other.getByRole("alert").textContent()).resolves.toMatch(/ikke adgang/);
    await expect(other.getByTestId("case-heading").count()).resolves.toBe(0);
    await other.goto(`${server.url}/sager`);
    await other.getByTestId("case-list").waitFor();
    await expect(other.getByTestId("case-list").locator("tbody tr").count()).resolves.toBe(0);
  });
});
