import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";
import { buildApp } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login } from "../support/app.ts";

/**
 * The headers every answer carries (issue 10): a Content Security Policy the web app lives with,
 * no framing, no sniffing, no referrer, HSTS only over TLS; nothing from /api kept in a cache;
 * hashed assets cached for a year and compressed.
 */

/** A web root like Vite's output: index.html naming a hashed script under /assets/. */
function webRoot(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), "udsyn-web-"));
  mkdirSync(join(dir, "assets"));
  // Compressible like real minified code: repetitive, well over the 1 KB threshold.
  const script = Array.from(
    { length: 2000 },
    (_, i) => `export function f${i}(a){return a.map((x)=>x*${i}).filter(Boolean)}`,
  ).join("\n");
  writeFileSync(join(dir, "assets", "index-Ab12Cd34.js"), script);
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html lang="da"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>',
  );
  return { dir, script };
}

function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe("security and cache headers", () => {
  let database: DatabaseHandle;
  let app: App;
  let web: { dir: string; script: string };
  let admin: LoggedIn;
  let caseworker: LoggedIn;

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    await migrateToLatest(database.db);
    await policyDemo.seed(database.db, cliActor());
    web = webRoot();
    app = await buildApp({ database, webRoot: web.dir });
    await addUser(database, "anna", "admin");
    await addUser(database, "lise", "caseworker");
    admin = await login(app, "anna");
    caseworker = await login(app, "lise");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(web.dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: "GET", url, headers });

  it.each([
    ["the web app", "/"],
    ["a client-side route", "/indsatser/nexus"],
    ["a hashed asset", "/assets/index-Ab12Cd34.js"],
    ["an API answer", "/api/health"],
    ["a refusal", "/api/me"],
    ["an unknown API path", "/api/findes-ikke"],
  ])("sends the security headers on %s", async (_what, url) => {
    const response = await get(url);
    const csp = directives(response.headers["content-security-policy"] as string);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(response.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(response.headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("sends HSTS only when the request came over TLS through the trusted proxy", async () => {
    const viaProxy = await get("/api/health", { "x-forwarded-proto": "https" });
    expect(viaProxy.headers["strict-transport-security"]).toMatch(/^max-age=31536000/);
    expect((await get("/api/health")).headers["strict-transport-security"]).toBeUndefined();
    // The header is believed only from the proxy on 127.0.0.1, not from any client.
    const spoofed = await app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "x-forwarded-proto": "https" },
      remoteAddress: "192.0.2.7",
    });
    expect(spoofed.headers["strict-transport-security"]).toBeUndefined();
  });

  it.each([
    ["letting decisions (persons)", "/api/letting/decisions", () => caseworker],
    ["users", "/api/users", () => admin],
    ["the audit log", "/api/audit", () => admin],
    ["the signed-in user", "/api/me", () => admin],
    ["a round", "/api/policy/rounds/SUD/2010", () => admin],
    ["a report file", "/api/policy/rounds/SUD/2010/export/budget.csv", () => admin],
    ["a refusal", "/api/users", () => caseworker],
    ["health", "/api/health", () => admin],
  ])("forbids any cache to keep %s", async (_what, url, who) => {
    const response = await get(url, who().headers);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("gives the HTML report its own policy: inline styles, no script at all, sandboxed", async () => {
    const response = await get("/api/policy/rounds/SUD/2010/report.html?inline=1", admin.headers);
    expect(response.statusCode).toBe(200);
    const csp = directives(response.headers["content-security-policy"] as string);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(csp.has("script-src")).toBe(false);
    expect(csp.has("sandbox")).toBe(true);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("caches hashed assets for a year and makes the browser revalidate index.html", async () => {
    const asset = await get("/assets/index-Ab12Cd34.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/", "/index.html", "/rapporter?udvalg=SUD"]) {
      const page = await get(url);
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      expect(page.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("answers a missing asset with 404, not with the app's HTML", async () => {
    const response = await get("/assets/index-Old00000.js");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("sends an asset brotli-compressed to a browser that accepts it, and smaller", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip, deflate, br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(web.script.length / 5);
    expect(brotliDecompressSync(response.rawPayload).toString("utf8")).toBe(web.script);
    const gzip = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString("utf8")).toBe(web.script);
    const plain = await get("/assets/index-Ab12Cd34.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(web.script);
  });

  it("compresses large API answers too", async () => {
    const response = await get("/api/policy/rounds/SUD/2010", { ...admin.headers, "accept-encoding": "br" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString("utf8")).committeeCode).toBe("SUD");
  });
});
