import { type KyselyPlugin, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  KEPT_CLASSIFICATION_RESULTS,
  writeClassificationResult,
} from "../../src/db/classification-result.repository.ts";
import { parameterSet } from "../../src/domain/law/parameter.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { classifyAreasOn } from "../../src/usecases/areas/classify-areas.ts";
import { areaFactsVersion } from "../../src/usecases/areas/facts-cache.ts";
import { persistedForFactsVersion, rulesIdentity } from "../../src/usecases/areas/persisted-result.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { ruleParameters } from "../../src/usecases/rules/rules.service.ts";
import { createUseCaseContext, type UseCaseContext } from "../../src/usecases/use-case.ts";
import { type TestHandle, testDatabases } from "../support/databases.ts";

/**
 * A classification kept in the database per facts version (migration 0024), as a new process
 * (every `udsyn areas classify`) meets it: a Kysely of its own has an empty in-memory cache
 * (facts-cache.ts keys its cache on the Kysely), so what it gets comes from the table or is computed.
 */
const noPlugin: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
};
const newProcess = (database: TestHandle): UseCaseContext =>
  createUseCaseContext(database.db.withPlugin(noPlugin));

describe.each(testDatabases())(
  "classifications kept in the database per facts version on $name",
  (testDb) => {
    let database: TestHandle;
    const actor = cliActor();
    const on = { date: "2022-12-01", listKind: "vulnerable_areas" as const };
    const stored = async () =>
      (
        await sql<{
          key: string;
          facts_version: string | number;
          body: string;
        }>`select key, facts_version, body from classification_result`.execute(database.db)
      ).rows;

    beforeAll(async () => {
      database = await testDb.open();
      await areasDemo.seed(database.db, actor);
    });
    beforeEach(async () => {
      await sql`delete from classification_result`.execute(database.db);
    });
    afterAll(async () => database.close());

    it("stores the first computation under the facts version; another process is served it, printed the same", async () => {
      const computed = await classifyAreasOn(newProcess(database), actor, on);
      const rows = await stored();
      expect(rows).toHaveLength(1);
      expect(String(rows[0]?.facts_version)).toBe(await areaFactsVersion(database.db));
      expect(rows[0]?.body).toBe(JSON.stringify(computed));
      // The row is what the next process serves: marked, the mark comes back.
      await sql`update classification_result set body = ${JSON.stringify({ ...computed, notes: ["fra tabellen"] })}`.execute(
        database.db,
      );
      const served = await classifyAreasOn(newProcess(database), actor, on);
      expect(served.notes).toEqual(["fra tabellen"]);
      // Unmarked, what is served prints exactly as the computation did (the CLI's --json).
      await sql`update classification_result set body = ${JSON.stringify(computed)}`.execute(database.db);
      const again = await classifyAreasOn(newProcess(database), actor, on);
      expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(computed, null, 2));
    });

    it("a write of the facts in another connection makes the next call recompute, and the old result go", async () => {
      const before = await classifyAreasOn(newProcess(database), actor, on);
      const area = before.areas.find((a) => a.assessable);
      if (area === undefined) throw new Error("the demo facts have no assessable area");
      const version = await areaFactsVersion(database.db);
      const rename = `update area_fact set area_name = 'Omdøbt af en anden' where area_id = '${area.areaId}'`;
      if (database.url !== undefined) {
        // PostgreSQL: a connection of its own, as psql or another server would write.
        const other = new pg.Client({ connectionString: database.url });
        await other.connect();
        await other.query(rename);
        await other.end();
      } else {
        await sql.raw(rename).execute(database.db); // PGlite has one connection
      }
      expect(await areaFactsVersion(database.db)).not.toBe(version);
      const after = await classifyAreasOn(newProcess(database), actor, on);
      expect(after.areas.find((a) => a.areaId === area.areaId)?.areaName).toBe("Omdøbt af en anden");
      const rows = await stored();
      expect(rows.map((r) => String(r.facts_version))).toEqual([await areaFactsVersion(database.db)]);
    });

    it("a result of other code is neither served nor kept", async () => {
      const computed = await classifyAreasOn(newProcess(database), actor, on);
      await sql`update classification_result set code_identity = 'build of another version',
      body = ${JSON.stringify({ ...computed, notes: ["gammel kode"] })}`.execute(database.db);
      const after = await classifyAreasOn(newProcess(database), actor, on);
      expect(after.notes).toEqual(computed.notes);
      const rows = await stored();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.body).toBe(JSON.stringify(computed));
    });

    it("stores a value under a version once and serves it after; without a version computes every time and stores nothing", async () => {
      let computations = 0;
      const compute = async () => ({ computation: ++computations });
      const version = await areaFactsVersion(database.db);
      if (version === undefined) throw new Error("the migrated database has no facts version");
      expect(await persistedForFactsVersion(database.db, version, "test key", compute)).toEqual({
        computation: 1,
      });
      expect(await persistedForFactsVersion(database.db, version, "test key", compute)).toEqual({
        computation: 1,
      });
      expect((await stored()).map((r) => r.key)).toEqual(["test key"]);

      await sql`delete from classification_result`.execute(database.db);
      expect(await persistedForFactsVersion(database.db, undefined, "test key", compute)).toEqual({
        computation: 2,
      });
      expect(await persistedForFactsVersion(database.db, undefined, "test key", compute)).toEqual({
        computation: 3,
      });
      // Inside a transaction a version is not trusted either: the transaction may have changed the facts.
      await database.db.transaction().execute(async (trx) =>
        expect(await persistedForFactsVersion(trx, version, "test key", compute)).toEqual({
          computation: 4,
        }),
      );
      expect(await stored()).toEqual([]);
    });

    it("without a facts version row, a classification is computed each time and kept neither in memory nor in the table", async () => {
      const version = await areaFactsVersion(database.db);
      await sql`delete from area_facts_version`.execute(database.db);
      try {
        expect(await areaFactsVersion(database.db)).toBeUndefined();
        const context = newProcess(database);
        const first = await classifyAreasOn(context, actor, on);
        const area = first.areas.find((a) => a.assessable);
        if (area === undefined) throw new Error("the demo facts have no assessable area");
        // Nothing tells the cache that the facts changed, so what it served would be stale.
        await sql`update area_fact set area_name = 'Omdøbt uden version' where area_id = ${area.areaId}`.execute(
          database.db,
        );
        const second = await classifyAreasOn(context, actor, on);
        expect(second.areas.find((a) => a.areaId === area.areaId)?.areaName).toBe("Omdøbt uden version");
        expect(await stored()).toEqual([]);
      } finally {
        await sql`insert into area_facts_version (version) values (${version})`.execute(database.db);
      }
    });

    it(`keeps only the ${KEPT_CLASSIFICATION_RESULTS} most recently stored results`, async () => {
      const version = await areaFactsVersion(database.db);
      if (version === undefined) throw new Error("the migrated database has no facts version");
      const keys = Array.from({ length: KEPT_CLASSIFICATION_RESULTS + 7 }, (_, i) => `key ${i}`);
      for (const key of keys) {
        await writeClassificationResult(database.db, key, version, "this code", `"${key}"`);
      }
      const rows = await stored();
      expect(rows.map((r) => r.key).sort()).toEqual(keys.slice(7).sort());
      // Storing an old key again makes it the newest: the oldest other one goes.
      await writeClassificationResult(database.db, "key 0", version, "this code", `"again"`);
      expect((await stored()).map((r) => r.key).sort()).toEqual(["key 0", ...keys.slice(8)].sort());
    });

    it("concurrent stores all succeed and leave the bound", async () => {
      const version = await areaFactsVersion(database.db);
      if (version === undefined) throw new Error("the migrated database has no facts version");
      // On PostgreSQL the pool's connections write at once (PGlite has one connection).
      const writes = Array.from({ length: KEPT_CLASSIFICATION_RESULTS + 10 }, (_, i) =>
        writeClassificationResult(
          database.db,
          `key ${i % (KEPT_CLASSIFICATION_RESULTS + 5)}`,
          version,
          "this code",
          `${i}`,
        ),
      );
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
      const rows = await stored();
      expect(rows).toHaveLength(KEPT_CLASSIFICATION_RESULTS);
      expect(new Set(rows.map((r) => r.key)).size).toBe(KEPT_CLASSIFICATION_RESULTS);
    });

    it("other rules are another key: a result of one parameter set is not served for another", async () => {
      const shipped = await ruleParameters();
      const copy = parameterSet(structuredClone([...shipped.parameters.values()]));
      expect(rulesIdentity(copy)).toBe(rulesIdentity(shipped)); // the content, not the object
      const [first] = [...shipped.parameters.values()];
      if (first === undefined) throw new Error("no parameters");
      const changed = parameterSet([
        ...[...shipped.parameters.values()].filter((p) => p.id !== first.id),
        { ...first, description: `${first.description} ændret` },
      ]);
      expect(rulesIdentity(changed)).not.toBe(rulesIdentity(shipped));
      await classifyAreasOn(newProcess(database), actor, on);
      await classifyAreasOn(
        createUseCaseContext(database.db.withPlugin(noPlugin), { parameters: async () => changed }),
        actor,
        on,
      );
      expect((await stored()).map((r) => r.key.split(" ").at(-1)).sort()).toEqual(
        [rulesIdentity(shipped), rulesIdentity(changed)].sort(),
      );
    });
  },
);
