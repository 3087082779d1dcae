import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { listSql } from "../../bench/list-sql.ts";
import { assertSameList, ListMismatch, udsynList } from "../../bench/lists.ts";
import { factsCsv, nationalFacts } from "../../bench/national-facts.ts";
import { classifyAreas } from "../../src/domain/areas/classify-areas.ts";
import { ruleVersionById } from "../../src/domain/areas/rule-versions.ts";
import { loadParameters } from "../../src/rules/load-parameters.ts";

describe("benchmark harness (bench/)", () => {
  it("generates the same national facts for the same seed and scale, and other facts for another seed", () => {
    const a = nationalFacts(0.01, 7);
    expect(factsCsv(nationalFacts(0.01, 7).facts)).toBe(factsCsv(a.facts));
    expect(factsCsv(nationalFacts(0.01, 8).facts)).not.toBe(factsCsv(a.facts));
    const years = new Set(a.facts.map((f) => f.year));
    expect(Math.min(...years)).toBe(2006);
    expect(Math.max(...years)).toBe(2022);
    expect(new Set(a.facts.map((f) => f.area_id)).size).toBe(20);
  });

  it("fails the run when a list differs from udsyn's in one area's categories", async () => {
    const params = await loadParameters(resolve(import.meta.dirname, "../../rules"));
    const { facts, reference } = nationalFacts(0.02);
    const version = ruleVersionById("reform-2021");
    const list = udsynList(classifyAreas(version, facts, { date: "2022-12-01" }, params, reference));
    expect(() => assertSameList("same", list, new Map(list))).not.toThrow();
    const [areaId, categories] = [...list.entries()].find(([, c]) => c !== "") as [string, string];
    const changed = new Map(list).set(areaId, categories.split(",").slice(1).join(","));
    expect(() => assertSameList("changed", list, changed)).toThrow(ListMismatch);
    expect(() => assertSameList("changed", list, changed)).toThrow(areaId);
    const missing = new Map(list);
    missing.delete(areaId);
    expect(() => assertSameList("missing", list, missing)).toThrow(ListMismatch);
    // The SQL baseline reads the same thresholds: a statement exists for the version.
    expect(listSql(version, "2022-12-01", params)).toContain("area_fact");
  });
});
