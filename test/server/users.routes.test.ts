import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { copenhagenDate } from "../../src/domain/law/clock.ts";
import type { App } from "../../src/server/context.ts";
import { MAX_FAILED_LOGINS } from "../../src/usecases/users/login.ts";
import { addUser, login, PASSWORD, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/** Logins, lockout under concurrency, and the administrator's unlock and disable. */
describe.each(testDatabases())("users and logins on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await addUser(database, "anna", "admin");
    await addUser(database, "gerd", "analyst");
    await addUser(database, "hans", "caseworker");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const attempt = (username: string, password: string, ip = "10.0.0.1") =>
    app.inject({ method: "POST", url: "/api/login", payload: { username, password }, remoteAddress: ip });

  const auditCount = async (action: string, name: string) => {
    const rows = await database.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", action)
      .where("actor_name", "=", name)
      .execute();
    return rows.length;
  };

  it("20 parallel wrong passwords lock the account; no more than the limit are checked", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt("gerd", `forkert-${i}`, `10.1.0.${i}`)),
    );
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    const codes = answers.map((a) => a.json().error.code as string);
    expect(codes.filter((c) => c === "invalid_credentials").length).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    expect(codes.filter((c) => c === "account_locked").length).toBeGreaterThanOrEqual(20 - MAX_FAILED_LOGINS);
    expect(await auditCount("login.failed", "gerd")).toBe(20);
    // The right password is refused while the lock lasts, and the answer says until when.
    const right = await attempt("gerd", PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().error).toMatchObject({ code: "account_locked" });
    expect(right.json().error.message).toMatch(/låst til \d+\. \w+ \d{4} kl\. \d{2}\.\d{2}/);
  });

  it("an unknown user name locks the same way, so the locked answer reveals nothing", async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      expect((await attempt("ingen-saadan", "forkert")).json().error.code).toBe("invalid_credentials");
    }
    const locked = await attempt("ingen-saadan", "forkert");
    expect(locked.json().error.code).toBe("account_locked");
  });

  it("an administrator unlocks a locked user, who can then log in; the unlock is audited", async () => {
    const admin = await login(app, "anna");
    const users = await app.inject({ method: "GET", url: "/api/users", headers: admin.headers });
    const gerd = users.json().users.find((u: { username: string }) => u.username === "gerd");
    expect(gerd.lockedUntil).not.toBeNull();
    const unlock = await app.inject({
      method: "POST",
      url: "/api/users/gerd/unlock",
      headers: admin.headers,
    });
    expect(unlock.json()).toEqual({ username: "gerd", wasLocked: true });
    expect((await attempt("gerd", PASSWORD)).statusCode).toBe(200);
    expect(await auditCount("user.unlock", "anna")).toBe(1);
    const unknown = await app.inject({
      method: "POST",
      url: "/api/users/nobody/unlock",
      headers: admin.headers,
    });
    expect(unknown.statusCode).toBe(404);
    // The refusal in the UI's language: the web client sends it as Accept-Language.
    const inEnglish = await app.inject({
      method: "POST",
      url: "/api/users/nobody/unlock",
      headers: { ...admin.headers, "accept-language": "en" },
    });
    expect(inEnglish.json().error).toMatchObject({
      message: "There is no user nobody.",
      details: [{ field: "username", message: "no user of that name" }],
    });
    expect(unknown.json().error.message).toBe("Brugeren nobody findes ikke.");
  });

  it("disabling a user ends their session and refuses their login; enabling lets them in again", async () => {
    const admin = await login(app, "anna");
    const hans = await login(app, "hans");
    const disable = await app.inject({
      method: "PUT",
      url: "/api/users/hans/disabled",
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disable.json()).toMatchObject({ disabled: true, sessionsEnded: 1 });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: hans.headers })).statusCode).toBe(401);
    expect((await attempt("hans", PASSWORD)).json().error.code).toBe("invalid_credentials");
    await app.inject({
      method: "PUT",
      url: "/api/users/hans/disabled",
      headers: admin.headers,
      payload: { disabled: false },
    });
    expect((await attempt("hans", PASSWORD)).statusCode).toBe(200);
    const self = await app.inject({
      method: "PUT",
      url: "/api/users/anna/disabled",
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(self.statusCode).toBe(409);
  });

  it("only administrators manage users", async () => {
    const analyst = await login(app, "gerd");
    const refused = await app.inject({
      method: "POST",
      url: "/api/users/hans/unlock",
      headers: analyst.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it("logout and reads of the audit log and the user list are audited", async () => {
    const admin = await login(app, "anna");
    await app.inject({ method: "GET", url: "/api/audit?limit=1", headers: admin.headers });
    await app.inject({ method: "GET", url: "/api/users", headers: admin.headers });
    await app.inject({ method: "POST", url: "/api/logout", headers: admin.headers });
    expect(await auditCount("audit.read", "anna")).toBeGreaterThanOrEqual(1);
    expect(await auditCount("user.list", "anna")).toBeGreaterThanOrEqual(1);
    expect(await auditCount("logout", "anna")).toBe(1);
  });

  it("changes a user's role (not one's own) and resets a password to one shown once; both audited", async () => {
    const admin = await login(app, "anna");
    const hans = await login(app, "hans");
    const role = await app.inject({
      method: "PUT",
      url: "/api/users/hans/role",
      headers: admin.headers,
      payload: { role: "analyst" },
    });
    expect(role.json()).toEqual({ username: "hans", role: "analyst", previousRole: "caseworker" });
    // The session reads the account's role: no new login is needed.
    expect(
      (await app.inject({ method: "GET", url: "/api/me", headers: hans.headers })).json().user.role,
    ).toBe("analyst");
    const own = await app.inject({
      method: "PUT",
      url: "/api/users/anna/role",
      headers: admin.headers,
      payload: { role: "analyst" },
    });
    expect(own.statusCode).toBe(409);

    const reset = await app.inject({
      method: "POST",
      url: "/api/users/hans/password",
      headers: admin.headers,
    });
    const { password, sessionsEnded } = reset.json();
    expect(sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ method: "GET", url: "/api/me", headers: hans.headers })).statusCode).toBe(401);
    expect((await attempt("hans", PASSWORD)).statusCode).toBe(401);
    expect((await attempt("hans", password)).statusCode).toBe(200);
    const logged = await database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "user.password_reset")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(logged.details)).not.toContain(password);
    expect(await auditCount("user.role", "anna")).toBe(1);
  });

  it("filters the audit log by actor, action and Copenhagen dates, and pages it", async () => {
    const admin = await login(app, "anna");
    const read = async (query: string) => {
      const response = await app.inject({
        method: "GET",
        url: `/api/audit?${query}`,
        headers: admin.headers,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().entries as { id: string; actorName: string; action: string; at: string }[];
    };
    const byAnna = await read("actor=anna&limit=500");
    expect(byAnna.length).toBeGreaterThan(3);
    expect(byAnna.every((e) => e.actorName === "anna")).toBe(true);
    const unlocks = await read("action=user.unlock");
    expect(unlocks.map((e) => e.action)).toEqual(["user.unlock"]);
    const today = copenhagenDate(new Date());
    // Each read is itself audited: the two reads above added two rows by anna today.
    expect((await read(`actor=anna&from=${today}&to=${today}&limit=500`)).length).toBe(byAnna.length + 2);
    expect(await read(`actor=anna&to=2000-01-01`)).toEqual([]);
    const [first, second] = await read("limit=2");
    const next = await read(`limit=1&beforeId=${first?.id}`);
    expect(next[0]?.id).toBe(second?.id);
    const backwards = await app.inject({
      method: "GET",
      url: `/api/audit?from=${today}&to=2000-01-01`,
      headers: admin.headers,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].field).toBe("to");
  });

  it("shows the import history: an imported file with its rows and a refused one with why", async () => {
    const admin = await login(app, "anna");
    const fixture = (name: string) =>
      readFileSync(new URL(`../fixtures/area-facts/${name}`, import.meta.url), "utf8");
    for (const name of ["valid-minimal.csv", "many-problems.csv"]) {
      await app.inject({
        method: "POST",
        url: "/api/areas/facts/import",
        headers: admin.headers,
        payload: { fileName: name, content: fixture(name) },
      });
    }
    const history = await app.inject({ method: "GET", url: "/api/audit/imports", headers: admin.headers });
    const [refused, imported] = history.json().imports;
    expect(refused).toMatchObject({ source: "many-problems.csv", status: "refused", actorName: "anna" });
    expect(refused.message).toContain("many-problems.csv");
    const rows =
      fixture("valid-minimal.csv")
        .split("\n")
        .filter((line) => line.trim() !== "").length - 1;
    expect(imported).toMatchObject({
      source: "valid-minimal.csv",
      status: "imported",
      kind: "area_facts",
      rows,
    });
    const analyst = await login(app, "gerd");
    expect(
      (await app.inject({ method: "GET", url: "/api/audit/imports", headers: analyst.headers })).statusCode,
    ).toBe(403);
  });

  it("limits logins per client address (429 with a Danish message), other addresses unaffected", async () => {
    const answers = [];
    for (let i = 0; i < 32; i++) answers.push(await attempt(`navn-${i}`, "forkert", "10.9.9.9"));
    const limited = answers.filter((a) => a.statusCode === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.json().error).toMatchObject({ code: "rate_limited" });
    expect(limited[0]?.json().error.message).toMatch(/For mange forsøg/);
    expect((await attempt("anna", PASSWORD, "10.9.9.10")).statusCode).toBe(200);
  });
});
