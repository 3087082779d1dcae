import { readFileSync } from "node:fs";
import { type KyselyPlugin, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { factsFromDatabase } from "../../src/usecases/areas/area-facts-source.ts";
import { classifyAreasOn } from "../../src/usecases/areas/classify-areas.ts";
import { areaFactsVersion } from "../../src/usecases/areas/facts-cache.ts";
import { importAreaFacts } from "../../src/usecases/areas/import-area-facts.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { reportAreaWatch } from "../../src/usecases/policy/report-area-watch.ts";
import { createUseCaseContext, type UseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/area-facts/${name}`, import.meta.url), "utf8");

/** Another Kysely on the same database: a cache of its own, so what it reads is computed afresh. */
const noPlugin: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
};

/** The classification as a reader sees it, for comparing a cached answer with a fresh one. */
const listOf = (c: Awaited<ReturnType<typeof classifyAreasOn>>) =>
  c.areas.map((a) => `${a.areaId}:${a.categories.join("+")}:${a.criteria.map((k) => k.valueText).join("|")}`);

describe.each(testDatabases())("classifications and facts cached per facts version on $name", (testDb) => {
  let database: DatabaseHandle;
  let ctx: UseCaseContext;
  const actor = cliActor();
  const on = { date: "2010-01-01", listKind: "combined_letting" as const };

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, actor);
    ctx = createUseCaseContext(database.db);
  });
  afterAll(async () => database.close());

  it("serves the same classification again while the facts are unchanged, equal to a fresh one", async () => {
    const first = await classifyAreasOn(ctx, actor, on);
    const second = await classifyAreasOn(ctx, actor, on);
    expect(second).toBe(first); // served from the cache, not recomputed
    // A context of its own (its own cache), with nothing kept in the database (persisted-result.ts),
    // computes it afresh: the same answer.
    await sql`delete from classification_result`.execute(database.db);
    const fresh = await classifyAreasOn(createUseCaseContext(database.db.withPlugin(noPlugin)), actor, on);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
  });

  it("recomputes after an import of facts: the import raises the version", async () => {
    const before = await classifyAreasOn(ctx, actor, on);
    const version = await areaFactsVersion(database.db);
    const csv = fixture("valid-minimal.csv");
    await importAreaFacts(ctx, actor, { facts: { fileName: "valid-minimal.csv", content: csv } });
    expect(await areaFactsVersion(database.db)).not.toBe(version);
    const after = await classifyAreasOn(ctx, actor, on);
    expect(after).not.toBe(before);
    await sql`delete from classification_result`.execute(database.db);
    const fresh = await classifyAreasOn(createUseCaseContext(database.db.withPlugin(noPlugin)), actor, on);
    expect(listOf(after)).toEqual(listOf(fresh));
  });

  it("recomputes after any write of the facts, also one this process did not make (psql, another server)", async () => {
    const before = await classifyAreasOn(ctx, actor, on);
    const area = before.areas[0];
    if (area === undefined) throw new Error("the demo facts have no areas");
    // Written straight in SQL, past every use case: only the trigger can tell the cache.
    await sql`update area_fact set area_name = 'Omdøbt i SQL' where area_id = ${area.areaId}`.execute(
      database.db,
    );
    const after = await classifyAreasOn(ctx, actor, on);
    expect(after.areas.find((a) => a.areaId === area.areaId)?.areaName).toBe("Omdøbt i SQL");
    const facts = await factsFromDatabase(database.db, "combined_letting");
    expect(
      facts.facts.filter((f) => f.area_id === area.areaId).every((f) => f.area_name === "Omdøbt i SQL"),
    ).toBe(true);
  });

  it("recomputes after a published list or reference facts change", async () => {
    for (const write of [
      sql`insert into published_area_list (list_kind, year, area_id, category, source)
          values ('combined_letting', 2009, 'cache-test', 'ghetto', 'test')`,
      sql`update area_reference_fact set numerator = numerator where year = year`,
      sql`delete from published_area_list where area_id = 'cache-test'`,
    ]) {
      const version = await areaFactsVersion(database.db);
      await write.execute(database.db);
      expect(await areaFactsVersion(database.db)).not.toBe(version);
    }
  });

  it("does not cache a read inside a transaction, which may see its own uncommitted facts", async () => {
    const version = await areaFactsVersion(database.db);
    const inside = await database.db.transaction().execute(async (trx) => {
      await sql`update area_fact set area_name = area_name`.execute(trx);
      return factsFromDatabase(trx, "combined_letting");
    });
    const outside = await factsFromDatabase(database.db, "combined_letting");
    expect(outside).not.toBe(inside);
    expect(await areaFactsVersion(database.db)).not.toBe(version);
  });

  it("a rolled-back write leaves the version, and the cached answer, as they were", async () => {
    const before = await classifyAreasOn(ctx, actor, on);
    const version = await areaFactsVersion(database.db);
    await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`update area_fact set area_name = 'Rullet tilbage'`.execute(trx);
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await areaFactsVersion(database.db)).toBe(version);
    expect(await classifyAreasOn(ctx, actor, on)).toBe(before);
  });

  it("the committee report's watch list (1,000 draws per area) is simulated once per facts version, equal to a fresh simulation", async () => {
    const date = "2010-03-01";
    const first = await reportAreaWatch(ctx, date);
    expect(first.kind).toBe("watch");
    expect(await reportAreaWatch(ctx, date)).toBe(first);
    const fresh = await reportAreaWatch(createUseCaseContext(database.db.withPlugin(noPlugin)), date);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    await sql`update area_fact set area_name = area_name`.execute(database.db);
    const after = await reportAreaWatch(ctx, date);
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });
});
