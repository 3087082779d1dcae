import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPublishedLists } from "../../src/db/areas.repository.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { importPublishedLists } from "../../src/usecases/areas/import-published-lists.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";

const DEMO = resolve(import.meta.dirname, "../../data/demo/published-lists.csv");

describe.each(testDatabases())("published lists import on $name", (testDb) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("stores the seed's lists and audits the import", async () => {
    const outcome = await importPublishedLists(createUseCaseContext(database.db), cliActor(), {
      fileName: "published-lists.csv",
      content: readFileSync(DEMO, "utf8"),
    });
    expect(outcome).toMatchObject({
      rows: 8,
      lists: ["combined_letting 2009", "combined_letting 2010"],
      replaced: 0,
    });
    const lists = await loadPublishedLists(database.db, "combined_letting");
    expect(
      lists
        .filter((l) => l.year === 2010)
        .map((l) => l.areaId)
        .sort(),
    ).toEqual([
      "akacieparken",
      "aldersrogade",
      "bispeparken",
      "lundtoftegade",
      "mjoelnerparken",
      "tingbjerg",
    ]);
    const audit = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "published_area_list.import")
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("replaces a list and year whole when it is imported again", async () => {
    const content =
      "list_kind,year,area_id,category,source\ncombined_letting,2010,tingbjerg,kombineret_udlejning,rettet liste\n";
    const outcome = await importPublishedLists(createUseCaseContext(database.db), cliActor(), {
      fileName: "rettelse.csv",
      content,
    });
    expect(outcome.replaced).toBe(6);
    const lists = await loadPublishedLists(database.db, "combined_letting");
    expect(lists.filter((l) => l.year === 2010).map((l) => l.areaId)).toEqual(["tingbjerg"]);
    expect(lists.filter((l) => l.year === 2009)).toHaveLength(2);
  });

  it("writes nothing when a row is wrong", async () => {
    const before = await loadPublishedLists(database.db, "combined_letting");
    const content =
      "list_kind,year,area_id,category,source\ncombined_letting,2011,a,kombineret_udlejning,x\ncombined_letting,2011,b,slum,x\n";
    await expect(
      importPublishedLists(createUseCaseContext(database.db), cliActor(), { fileName: "fejl.csv", content }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await loadPublishedLists(database.db, "combined_letting")).toEqual(before);
  });
});
