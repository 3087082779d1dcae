import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases())("schema invariants on $name", (testDb) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await testDb.open();
    await database.db
      .insertInto("organisation_unit")
      .values([
        {
          code: "BIF",
          name: "Beskæftigelses- og Integrationsforvaltningen",
          kind: "administration",
          administration_code: null,
        },
        { code: "SOF", name: "Socialforvaltningen", kind: "administration", administration_code: null },
        { code: "SUD", name: "Socialudvalget", kind: "committee", administration_code: "SOF" },
      ])
      .execute();
  });
  afterAll(async () => database.close());

  const round = (version: number, status: "draft" | "published") => ({
    committee_code: "SUD",
    year: 2010,
    version,
    status,
    deadline: "2010-03-04",
    content: JSON.stringify({ title: "x" }),
    created_from_id: null,
    published_at: status === "published" ? new Date() : null,
  });

  it("returns a SQL date as the calendar day it is, on both drivers", async () => {
    const { id } = await database.db
      .insertInto("reporting_round")
      .values(round(1, "draft"))
      .returning("id")
      .executeTakeFirstOrThrow();
    const row = await database.db
      .selectFrom("reporting_round")
      .select(["deadline", "content"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.deadline).toBe("2010-03-04");
    expect(row.content).toEqual({ title: "x" });
  });

  it("refuses to change or delete a published round", async () => {
    const { id } = await database.db
      .insertInto("reporting_round")
      .values(round(2, "published"))
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      database.db
        .updateTable("reporting_round")
        .set({ status: "draft", published_at: null })
        .where("id", "=", id)
        .execute(),
    ).rejects.toThrow(/published/);
    await expect(database.db.deleteFrom("reporting_round").where("id", "=", id).execute()).rejects.toThrow(
      /published/,
    );
  });

  it("refuses a second round with the same committee, year and version", async () => {
    await expect(
      database.db.insertInto("reporting_round").values(round(1, "draft")).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
  });

  it("refuses a count above its base in the area facts", async () => {
    const base = {
      year: 2009,
      department_id: "d1",
      area_id: "a",
      area_name: "A",
      municipality: "København",
      residents: 100,
      residents_18_plus: 80,
    };
    await database.db
      .insertInto("area_fact")
      .values({ ...base, outside_labour_market_18_plus: 80 })
      .execute();
    await expect(
      database.db
        .insertInto("area_fact")
        .values({ ...base, department_id: "d2", outside_labour_market_18_plus: 81 })
        .execute(),
    ).rejects.toThrow(/within_base/);
  });

  it("keeps letting decisions append-only", async () => {
    await database.db
      .insertInto("letting_decision")
      .values({
        kind: "combined_letting",
        decision_date: "2010-02-01",
        area_id: "a",
        subject_pseudonym: "p1",
        result: "approved",
        rule_version: "v",
        input_facts: "{}",
        parameters_used: "[]",
        justification: "{}",
        decision: "{}",
        decided_by: "test",
      })
      .execute();
    await expect(sql`update letting_decision set result = 'rejected'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from letting_decision`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
