import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import type { Actor } from "../../domain/access.ts";
import type { DomainError } from "../../domain/errors.ts";
import { fixedClock } from "../../domain/law/clock.ts";
import { cliActor } from "../actor.ts";
import { areasDemo } from "../demo/areas.demo.ts";
import { createUseCaseContext, type UseCaseContext } from "../use-case.ts";
import { addSpecialDwellings } from "./add-special-dwellings.ts";
import { specialDwellingsOverview } from "./special-dwellings.ts";

const person = (role: Actor["role"]): Actor => ({ userId: 3, name: `en ${role}`, role, ip: null });

describe.each(testDatabases())("special dwellings on $name", (testDb) => {
  let database: DatabaseHandle;
  let ctx: UseCaseContext;

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, cliActor());
    // 00:30 on 1 January 2012 in Copenhagen, still 31 December 2011 in UTC.
    ctx = createUseCaseContext(database.db, {
      clock: fixedClock("2011-12-31T23:30:00Z"),
      parameters: async () => shippedRules,
    });
  });
  afterAll(async () => database.close());

  it("without a date, shows the progress as of today in Copenhagen, to a committee member too", async () => {
    const overview = await specialDwellingsOverview(ctx, person("committee"), {});
    expect(overview.asOf).toBe("2012-01-01");
    expect(overview.progress.createdTotal).toBe(overview.rows.reduce((s, r) => s + r.dwellings, 0));
  });

  it("lets only casework add rows", async () => {
    const input = { year: 2011, dwellings: 5, description: "Skæve boliger" };
    const refusal = await addSpecialDwellings(ctx, person("committee"), input).catch((e: unknown) => e);
    expect((refusal as DomainError).code).toBe("forbidden");
    const row = await addSpecialDwellings(ctx, cliActor(), input);
    expect(row).toMatchObject({ dwellings: 5, municipalReferralShare: 1, recordedBy: cliActor().name });
  });
});
