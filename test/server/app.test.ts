import { Validator } from "@seriousme/openapi-schema-validator";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { registerAccessControl } from "../../src/server/access.ts";
import { BODY_LIMIT_BYTES } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import { SessionCache } from "../../src/usecases/users/session-cache.ts";
import { addUser, login, PASSWORD, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases())("server on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await addUser(database, "anna", "admin");
    await addUser(database, "bo", "analyst");
    await addUser(database, "lise", "caseworker");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("reports health with the database kind and migration version", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.database.kind).toBe(testDb.name);
    expect(body.database.migration).toBe(body.database.latestMigration);
    expect(body.database.migration).toMatch(/^\d{4}-/);
  });

  it("publishes a valid OpenAPI 3 document listing its routes", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const document = response.json();
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/login", "/api/me", "/api/audit", "/api/health"]),
    );
  });

  it("answers malformed JSON with 400 and the error shape", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/login",
      headers: { "content-type": "application/json" },
      payload: "{nope",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "invalid_json", details: [{ field: "body" }] });
  });

  it("names an unknown field and a field of the wrong type", async () => {
    const unknown = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "anna", password: "x", admin: true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual({ field: "body.admin", message: "ukendt felt" });
    const wrongType = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: 42, password: "x" },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details.map((d: { field: string }) => d.field)).toContain("body.username");
  });

  it("says what is wrong with each field in Danish, or in English when the request asks for it", async () => {
    const payload = { username: "", password: 42 };
    const danish = await app.inject({ method: "POST", url: "/api/login", payload });
    expect(danish.statusCode).toBe(400);
    expect(danish.json().error).toMatchObject({
      code: "invalid_input",
      message: "2 felter skal rettes.",
      details: [
        { field: "body.username", message: "Udfyld feltet." },
        { field: "body.password", message: "Skriv en tekst." },
      ],
    });
    const english = await app.inject({
      method: "POST",
      url: "/api/login",
      headers: { "accept-language": "en-GB,en;q=0.8,da;q=0.5" },
      payload,
    });
    expect(english.json().error).toMatchObject({
      message: "2 fields need correcting.",
      details: [
        { field: "body.username", message: "Fill in this field." },
        { field: "body.password", message: "Enter a text." },
      ],
    });
    // A schema's own message is kept as written.
    const own = await app.inject({
      method: "POST",
      url: "/api/users/Ugyldig%20Navn/unlock",
      headers: (await login(app, "anna")).headers,
    });
    expect(JSON.stringify(own.json().error.details)).toContain("små bogstaver, tal, punktum");
  });

  it("refuses an oversized body with 413", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "a".repeat(BODY_LIMIT_BYTES), password: "x" },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    const unknown = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "nobody", password: PASSWORD },
    });
    const wrong = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "lise", password: "forkert-kode" },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("locks an account after repeated wrong passwords, even against the right one", async () => {
    await addUser(database, "gaetter", "analyst");
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({
        method: "POST",
        url: "/api/login",
        payload: { username: "gaetter", password: `forkert-${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const right = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "gaetter", password: PASSWORD },
    });
    expect(right.statusCode).toBe(401);
    const admin = await login(app, "anna");
    const audit = await app.inject({
      method: "GET",
      url: "/api/audit?action=user.locked",
      headers: admin.headers,
    });
    expect(audit.json().entries.map((e: { actorName: string }) => e.actorName)).toContain("gaetter");
  });

  it("keeps a session in an HTTP-only cookie and needs the CSRF token to change state", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "bo", password: PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === "udsyn_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    const headers = { cookie: `udsyn_session=${cookie?.value}` };
    const me = await app.inject({ method: "GET", url: "/api/me", headers });
    expect(me.json().user).toMatchObject({ username: "bo", role: "analyst" });
    const noCsrf = await app.inject({ method: "POST", url: "/api/logout", headers });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe("csrf");
    const logout = await app.inject({
      method: "POST",
      url: "/api/logout",
      headers: { ...headers, "x-csrf-token": response.json().csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    const after = await app.inject({ method: "GET", url: "/api/me", headers });
    expect(after.statusCode).toBe(401);
  });

  it("lets only administrators read the audit log, which records logins", async () => {
    const analyst = await login(app, "bo");
    expect(
      (await app.inject({ method: "GET", url: "/api/audit", headers: analyst.headers })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/audit" })).statusCode).toBe(401);
    const admin = await login(app, "anna");
    const response = await app.inject({
      method: "GET",
      url: "/api/audit?action=login&limit=50",
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as { actorName: string; action: string; ip: string }[];
    expect(entries.every((e) => e.action === "login")).toBe(true);
    expect(entries.map((e) => e.actorName)).toEqual(expect.arrayContaining(["anna", "bo"]));
  });

  it("lets an administrator create a user and audits it", async () => {
    const admin = await login(app, "anna");
    const created = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin.headers,
      payload: {
        username: "ny.bruger",
        displayName: "Ny Bruger",
        role: "committee",
        password: "langt-nok-kodeord",
      },
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin.headers,
      payload: {
        username: "ny.bruger",
        displayName: "Igen",
        role: "committee",
        password: "langt-nok-kodeord",
      },
    });
    expect(duplicate.statusCode).toBe(409);
    const audit = await app.inject({
      method: "GET",
      url: `/api/audit?action=user.create&entityId=${created.json().id}`,
      headers: admin.headers,
    });
    expect(audit.json().entries).toHaveLength(1);
    expect(audit.json().entries[0].actorName).toBe("anna");
  });

  it("keeps the audit log append-only in the database itself", async () => {
    await expect(database.db.updateTable("audit_log").set({ action: "forged" }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(database.db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
  });

  it("answers unknown API paths with 404 in the error shape", async () => {
    const response = await app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });
});

describe("route access declarations", () => {
  it("refuses to register an API route that does not say who may call it", async () => {
    const app = Fastify();
    registerAccessControl(app, undefined as never, undefined as never, new SessionCache());
    expect(() => app.get("/api/undeclared", async () => "x")).toThrow(/declares no access/);
    await app.close();
  });
});
