import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, never a downloaded browser: the machine has no internet. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run 'apt-get install -y chromium' or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

/** The password the browser tests give the users they create. */
export const E2E_PASSWORD = "sikker-adgangskode";

/** Fills in the login form the page shows and sends it; waits for nothing (a refusal is an outcome too). */
export async function submitLogin(page: Page, username: string, password = E2E_PASSWORD): Promise<void> {
  await page.fill("#username", username);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
}

/**
 * Logs in as `username` (at `at` first, when given: the app shows the login form there) and waits
 * for the start page a login lands on.
 */
export async function logIn(
  page: Page,
  username: string,
  options: { readonly at?: string; readonly password?: string } = {},
): Promise<void> {
  if (options.at !== undefined) await page.goto(options.at);
  await submitLogin(page, username, options.password);
  await page.getByRole("heading", { level: 1, name: "Velkommen til udsyn" }).waitFor();
}
