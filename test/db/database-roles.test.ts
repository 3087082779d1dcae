import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { writeClassificationResult } from "../../src/db/classification-result.repository.ts";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";
import { APP_SEQUENCES, APP_TABLE_PRIVILEGES, OWNER_ONLY_SEQUENCES } from "../../src/db/roles.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { verifyAuditLog } from "../../src/usecases/audit/verify-audit-log.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe.each(testDatabases())("the server role's grants on $name", (testDb) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("name every table and sequence of the schema, so a new one is a decision", async () => {
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(database.db);
    expect(tables.map((t) => t.name)).toEqual(Object.keys(APP_TABLE_PRIVILEGES).sort());
    const { rows: sequences } = await sql<{ name: string }>`
      select sequence_name as name from information_schema.sequences
      where sequence_schema = current_schema() order by 1`.execute(database.db);
    expect(sequences.map((s) => s.name)).toEqual([...APP_SEQUENCES, ...OWNER_ONLY_SEQUENCES].sort());
  });
});

/**
 * The server as a role without ownership, on PostgreSQL: the grants come from `udsyn db grants`,
 * the owner runs them; the role then does the application's normal work but cannot alter, disable
 * triggers on, truncate, update or delete the audit log.
 */
describe.skipIf(inject("postgresUrl") === null)("the server as a non-owner role on PostgreSQL", () => {
  const adminUrl = inject("postgresUrl") ?? "";
  const role = `udsyn_app_${randomBytes(5).toString("hex")}`;
  let owner: DatabaseHandle;
  let server: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    const postgres = testDatabases().find((d) => d.name === "postgres");
    if (postgres === undefined) throw new Error("no PostgreSQL");
    owner = await postgres.open();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create role ${role} login`);
    await admin.end();

    const { stdout } = await promisify(execFile)("node", ["bin/udsyn.js", "db", "grants", "--role", role], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "" },
    });
    await sql.raw(stdout).execute(owner.db);

    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(owner.db);
    const url = new URL(adminUrl);
    url.username = role;
    url.password = "";
    url.pathname = `/${rows[0]?.name}`;
    server = await openDatabase({ kind: "postgres", url: url.toString() });
    const { rows: who } = await sql<{ user: string }>`select current_user as user`.execute(server.db);
    expect(who[0]?.user).toBe(role);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await server?.close();
    await owner?.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  it("starts as the server does: the migration check passes with nothing to run", async () => {
    const outcome = await migrateToLatest(server.db);
    expect(outcome.applied).toEqual([]);
  });

  it.each([
    ["ALTER TABLE", "alter table audit_log add column note text", /must be owner/],
    ["DISABLE TRIGGER", "alter table audit_log disable trigger audit_log_no_change", /must be owner/],
    ["DISABLE TRIGGER (chain)", "alter table audit_log disable trigger audit_log_chain", /must be owner/],
    ["TRUNCATE", "truncate audit_log", /permission denied/],
    ["UPDATE", "update audit_log set actor_name = 'mallory'", /permission denied/],
    ["DELETE", "delete from audit_log", /permission denied/],
    ["UPDATE the chain's head", "update audit_chain_head set last_hash = last_hash", /permission denied/],
    ["DELETE a decision", "delete from letting_decision", /permission denied/],
    ["DROP the chain trigger's function", "drop function audit_log_chain() cascade", /must be owner/],
  ])("cannot %s", async (_what, statement, refusal) => {
    await expect(sql.raw(statement).execute(server.db)).rejects.toThrow(refusal);
  });

  it("stores a classification result (the write locks the table, which needs more than INSERT)", async () => {
    await writeClassificationResult(server.db, "role test", "1", "role test code", "{}");
    const { rows } = await sql<{ key: string }>`select key from classification_result`.execute(server.db);
    expect(rows.map((r) => r.key)).toEqual(["role test"]);
    await sql`delete from classification_result`.execute(server.db);
  });

  it("does the application's normal writes, and the audit chain stays intact", async () => {
    const ctx = createUseCaseContext(server.db);
    await policyDemo.seed(server.db, cliActor());
    await areasDemo.seed(server.db, cliActor());
    app = await testApp(server);
    await addUser(server, "ana", "analyst");
    await addUser(server, "lise", "caseworker");
    const analyst = await login(app, "ana");
    const caseworker = await login(app, "lise");
    expect(
      (
        await app.inject({
          method: "POST",
          url: "/api/login",
          payload: { username: "ana", password: "forkert-kodeord" },
        })
      ).statusCode,
    ).toBe(401);

    const round = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: analyst.headers })
    ).json();
    const table = round.content.budget.tables[0];
    const edit = await app.inject({
      method: "PUT",
      url: `/api/policy/rounds/${round.id}/budget/${table.id}/${table.lines[0].id}/${table.years[0]}`,
      headers: analyst.headers,
      payload: { revision: round.revision, cell: { kind: "amount", amount: 1_234_000 } },
    });
    expect(edit.statusCode).toBe(200);
    const step = await app.inject({
      method: "POST",
      url: `/api/policy/rounds/${round.id}/transition`,
      headers: analyst.headers,
      payload: { to: "draft" },
    });
    expect(step.statusCode).toBe(200);

    const grant = await app.inject({
      method: "POST",
      url: "/api/letting/relocation-grants",
      headers: caseworker.headers,
      payload: {
        applicationDate: "2010-04-01",
        household: {
          pseudonym: "H-0001",
          livesOnTransferIncome: true,
          transferIncomeDescription: "kontanthjælp",
        },
        from: { areaId: "mjoelnerparken" },
        to: { inMunicipality: true, newDwelling: true, areaId: "bellahoej", vulnerable: false },
      },
    });
    expect(grant.statusCode).toBe(201);
    const paid = await app.inject({
      method: "POST",
      url: `/api/letting/relocation-grants/${grant.json().id}/payments`,
      headers: caseworker.headers,
      payload: { paidOn: "2010-05-01" },
    });
    expect(paid.statusCode).toBe(201);
    expect(
      (await app.inject({ method: "POST", url: "/api/logout", headers: analyst.headers })).statusCode,
    ).toBeLessThan(300);

    const verification = await verifyAuditLog(ctx, cliActor(), undefined);
    expect(verification.breaks).toEqual([]);
    expect(verification.rows).toBeGreaterThan(5);
  });
});
