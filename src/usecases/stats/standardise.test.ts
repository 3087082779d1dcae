import { describe, expect, it } from "vitest";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { contextWithoutDatabase } from "../use-case.ts";
import { standardiseRates } from "./standardise.ts";

const actor = (role: Actor["role"]): Actor => ({ userId: 1, name: role, role, ip: null });
const ctx = contextWithoutDatabase();
const csv =
  "stratum,group,convicted,persons,kommune\na,g,5,50,101\na,r,4,80,101\nb,g,3,20,101\nb,r,6,40,101\n";
const input = { content: csv, fileName: "t.csv" };

describe("standardising rates from aggregated CSV (goal c)", () => {
  it("is for analysts and administrators", async () => {
    await expect(standardiseRates(ctx, actor("analyst"), input)).resolves.toMatchObject({ groupName: "g" });
    await expect(standardiseRates(ctx, actor("admin"), input)).resolves.toMatchObject({ referenceName: "r" });
    for (const role of ["caseworker", "committee"] as const) {
      const refusal = await standardiseRates(ctx, actor(role), input).catch((e: unknown) => e);
      expect((refusal as DomainError).code).toBe("forbidden");
    }
  });

  it("standardises to the reference group's distribution, by hand", async () => {
    const out = await standardiseRates(ctx, actor("analyst"), input);
    // weights 80/120 and 40/120; group rates 5/50 and 3/20
    expect(out.group.adjusted).toBeCloseTo((80 / 120) * 0.1 + (40 / 120) * 0.15, 15);
    expect(out.group.crude).toBeCloseTo(8 / 70, 15);
    expect(out.reference.adjusted).toBeCloseTo(10 / 120, 15);
    expect(out.ratio).toBeCloseTo(out.group.adjusted / out.reference.adjusted, 15);
    expect(out.strata.map((s) => s.weight)).toEqual([80 / 120, 40 / 120]);
  });

  it("takes one group by name and the other as the reference when there are two", async () => {
    const out = await standardiseRates(ctx, actor("analyst"), { ...input, group: "r" });
    expect(out).toMatchObject({ groupName: "r", referenceName: "g" });
    const unknown = await standardiseRates(ctx, actor("analyst"), { ...input, reference: "x" }).catch(
      (e) => e,
    );
    expect(unknown).toBeInstanceOf(DomainError);
    expect((unknown as DomainError).message).toMatch(/--reference »x« findes ikke/);
  });

  it("refuses a missing column and a stratum given twice, naming row and column", async () => {
    const missing = (await standardiseRates(ctx, actor("analyst"), {
      content: "stratum,group,persons\na,g,1\n",
      fileName: "m.csv",
    }).catch((e: unknown) => e)) as DomainError;
    expect(missing.details).toContainEqual(expect.objectContaining({ row: 1, field: "convicted" }));
    const twice = (await standardiseRates(ctx, actor("analyst"), {
      content: "stratum,group,convicted,persons\na,g,1,10\na,g,2,10\na,r,1,10\n",
      fileName: "d.csv",
    }).catch((e: unknown) => e)) as DomainError;
    expect(twice.details).toContainEqual(
      expect.objectContaining({ row: 3, field: "stratum", message: expect.stringMatching(/også i række 2/) }),
    );
  });
});
