import type { Page } from "playwright-core";

/**
 * Adds one row to the benefit-months table of the combined-letting form, as a caseworker does:
 * "Tilføj ydelse", then person, benefit (by its Danish name) and the from–to months.
 */
export async function addBenefitRow(
  page: Page,
  row: { person: "Ansøger" | "Ægtefælle eller samlever"; benefit: string; from: string; to?: string },
): Promise<void> {
  await page.getByRole("button", { name: "Tilføj ydelse" }).click();
  const n = await page.getByTestId("benefit-rows").locator("tbody tr").count();
  await page.getByLabel(`Person, række ${n}`, { exact: true }).selectOption({ label: row.person });
  await page.getByLabel(`Ydelse, række ${n}`, { exact: true }).selectOption({ label: row.benefit });
  await page.getByLabel(`Fra måned, række ${n}`, { exact: true }).fill(row.from);
  if (row.to !== undefined) await page.getByLabel(`Til måned, række ${n}`, { exact: true }).fill(row.to);
}
