import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { fixedClock } from "../../domain/law/clock.ts";
import { cliActor } from "../actor.ts";
import { areasDemo } from "../demo/areas.demo.ts";
import { contextWithoutDatabase, createUseCaseContext, type UseCaseContext } from "../use-case.ts";
import { decideCombinedLetting, previewCombinedLetting } from "./decide-combined-letting.ts";
import { parseCombinedLettingRequest } from "./letting-input.ts";

const example = (name: string) =>
  parseCombinedLettingRequest(
    JSON.parse(readFileSync(new URL(`../../../data/demo/applications/${name}`, import.meta.url), "utf8")),
  );
const person = (role: Actor["role"]): Actor => ({ userId: 7, name: `en ${role}`, role, ip: null });
const clock = fixedClock("2010-03-15T10:00:00Z");

describe("the combined-letting use cases, whichever face calls them", () => {
  it("a trial run with the designation given needs no database (the CLI opens none)", async () => {
    const ctx = contextWithoutDatabase({ clock, parameters: async () => shippedRules });
    const decided = await previewCombinedLetting(ctx, cliActor(), example("afvisning.json"));
    expect(decided).toMatchObject({ designationSource: "given", decision: { result: "rejected" } });
  });

  it("refuses a committee member before anything is read, also for a trial run", async () => {
    const ctx = contextWithoutDatabase({ clock, parameters: async () => shippedRules });
    for (const decide of [previewCombinedLetting, decideCombinedLetting]) {
      const refusal = await decide(ctx, person("committee"), example("afvisning.json")).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).code).toBe("forbidden");
    }
  });
});

describe.each(testDatabases())("deciding and storing on $name", (testDb) => {
  let database: DatabaseHandle;
  let ctx: UseCaseContext;
  const rows = (action: string) =>
    database.db.selectFrom("audit_log").selectAll().where("action", "=", action).execute();

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, cliActor());
    ctx = createUseCaseContext(database.db, { clock, parameters: async () => shippedRules });
  });
  afterAll(async () => database.close());

  it("stores nothing and audits nothing for an analyst", async () => {
    const refusal = await decideCombinedLetting(ctx, person("analyst"), example("afvisning.json")).catch(
      (e: unknown) => e,
    );
    expect((refusal as DomainError).code).toBe("forbidden");
    expect(await database.db.selectFrom("letting_decision").selectAll().execute()).toEqual([]);
    expect(await rows("letting_decision.create")).toEqual([]);
  });

  it("the command line's actor decides from the facts and stores the decision under its own name", async () => {
    const actor = cliActor();
    const { record, designationSource, decision } = await decideCombinedLetting(
      ctx,
      actor,
      example("godkendelse.json"),
    );
    expect(designationSource).toBe("facts");
    expect(record).toMatchObject({ result: decision.result, decidedBy: actor.name, areaId: "akacieparken" });
    // The demo's facts are typed in: the stored designation says so (a register batch is named).
    expect(record.inputFacts).toMatchObject({
      designation: { factsSources: ["indtastet eller indlæst fra CSV"] },
    });
    expect(await rows("letting_decision.create")).toMatchObject([
      { entity_id: String(record.id), actor_name: actor.name },
    ]);
  });
});
