import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { walkAuditChain } from "../../src/usecases/audit/verify-audit-log.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const PARALLEL = 20;

interface BudgetTableView {
  readonly id: string;
  readonly years: readonly number[];
  readonly lines: readonly { readonly id: string; readonly cells: Record<string, unknown> }[];
}

/**
 * Parallel requests against one record: of parallel edits of a round made on the same revision only
 * one lands (the others are told the round changed, none is silently lost), only one of parallel
 * workflow steps from the same status succeeds, and only one of parallel payments of a grant is
 * registered while the others are refused as conflicts. On PostgreSQL the requests really run
 * side by side (a pool of connections); on PGlite they queue on its one connection.
 */
describe.each(testDatabases())("parallel writes to one record on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let caseworker: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await policyDemo.seed(database.db, cliActor());
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "ana", "analyst");
    await addUser(database, "lise", "caseworker");
    analyst = await login(app, "ana");
    caseworker = await login(app, "lise");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const roundUrl = "/api/policy/rounds/SUD/2010";

  const cellOf = (tables: BudgetTableView[], cell: { table: string; line: string; year: number }) =>
    tables.find((t) => t.id === cell.table)?.lines.find((l) => l.id === cell.line)?.cells[String(cell.year)];
  const editCell = (
    roundId: number,
    revision: number,
    cell: { table: string; line: string; year: number },
    amount: number,
  ) =>
    app.inject({
      method: "PUT",
      url: `/api/policy/rounds/${roundId}/budget/${cell.table}/${cell.line}/${cell.year}`,
      headers: analyst.headers,
      payload: { revision, cell: { kind: "amount", amount } },
    });

  it("lets only one of two parallel edits of the same budget cell on the same revision succeed", async () => {
    const round = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    const table = (round.content.budget.tables as BudgetTableView[])[0];
    const cell = { table: table?.id ?? "", line: table?.lines[0]?.id ?? "", year: table?.years[0] ?? 0 };
    const responses = await Promise.all([
      editCell(round.id, round.revision, cell, 1_100_000),
      editCell(round.id, round.revision, cell, 2_200_000),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const refused = responses.find((r) => r.statusCode === 409);
    expect(refused?.json().error.details[0].field).toBe("revision");
    const won = responses.findIndex((r) => r.statusCode === 200);

    // The one that succeeded is stored, one revision on; the other changed nothing.
    const after = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    expect(after.revision).toBe(round.revision + 1);
    expect(cellOf(after.content.budget.tables, cell)).toEqual({
      kind: "amount",
      amount: won === 0 ? 1_100_000 : 2_200_000,
    });
  });

  it(`of ${PARALLEL} parallel edits of different cells on one revision, one lands; made in turn, all do`, async () => {
    const round = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    expect(round.status).toBe("review");
    const cells = (round.content.budget.tables as BudgetTableView[])
      .flatMap((table) =>
        table.lines.flatMap((line) => table.years.map((year) => ({ table: table.id, line: line.id, year }))),
      )
      .slice(0, PARALLEL);
    expect(cells).toHaveLength(PARALLEL);
    const amountOf = (i: number) => 1_000_000 + i * 1_111;
    const auditedEdits = async () =>
      (
        await database.db
          .selectFrom("audit_log")
          .select("id")
          .where("action", "=", "round.budget_cell.update")
          .execute()
      ).length;
    const audited = await auditedEdits();

    // Every editor saw the same revision: whoever saves first wins, the others are told (409).
    const responses = await Promise.all(
      cells.map((cell, i) => editCell(round.id, round.revision, cell, amountOf(i))),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(PARALLEL - 1);
    const won = codes.indexOf(200);
    const between = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    const stored = cells.map((cell) => cellOf(between.content.budget.tables, cell));
    expect(
      stored.filter((c, i) => JSON.stringify(c) === JSON.stringify({ kind: "amount", amount: amountOf(i) })),
    ).toHaveLength(1);
    expect(stored[won]).toEqual({ kind: "amount", amount: amountOf(won) });
    expect(await auditedEdits()).toBe(audited + 1);

    // Each edit made on the revision the one before it returned lands.
    let revision = between.revision;
    for (const [i, cell] of cells.entries()) {
      const response = await editCell(round.id, revision, cell, amountOf(i) + 1);
      expect(response.statusCode).toBe(200);
      revision = response.json().revision;
    }
    const after = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    expect(cells.map((cell) => cellOf(after.content.budget.tables, cell))).toEqual(
      cells.map((_, i) => ({ kind: "amount", amount: amountOf(i) + 1 })),
    );
    expect(await auditedEdits()).toBe(audited + 1 + PARALLEL);
  });

  it("lets only one of parallel workflow steps from the same status succeed", async () => {
    const round = (await app.inject({ method: "GET", url: roundUrl, headers: analyst.headers })).json();
    expect(round.status).toBe("review");
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.inject({
          method: "POST",
          url: `/api/policy/rounds/${round.id}/transition`,
          headers: analyst.headers,
          payload: { to: "draft" },
        }),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    const steps = await database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "round.draft")
      .execute();
    expect(steps.map((s) => s.details)).toEqual([{ from: "review", to: "draft" }]);
  });

  it(`registers one of ${PARALLEL} parallel payments of a grant; every other one is a 409 conflict`, async () => {
    const granted = await app.inject({
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
    expect(granted.statusCode).toBe(201);
    expect(granted.json().result).toBe("granted");
    const id = granted.json().id as number;

    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        app.inject({
          method: "POST",
          url: `/api/letting/relocation-grants/${id}/payments`,
          headers: caseworker.headers,
          payload: { paidOn: "2010-05-01" },
        }),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, ...Array.from({ length: PARALLEL - 1 }, () => 409)]);
    for (const loser of responses.filter((r) => r.statusCode === 409)) {
      expect(loser.json().error.code).toBe("conflict");
      expect(loser.json().error.message).toMatch(new RegExp(`^Flyttetilskud ${id} er allerede udbetalt`));
    }
    const payments = await database.db
      .selectFrom("relocation_grant_payment")
      .selectAll()
      .where("decision_id", "=", id)
      .execute();
    expect(payments).toHaveLength(1);
    const audited = await database.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "relocation_grant.payment")
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("leaves one intact audit chain after all of it", async () => {
    expect((await walkAuditChain(database.db)).intact).toBe(true);
  });
});
