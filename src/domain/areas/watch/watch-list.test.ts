import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { department, range, reference, years } from "../../../../test/support/area-facts.ts";
import { shippedRules } from "../../../../test/support/shipped-rules.ts";
import { DomainError } from "../../errors.ts";
import { formatNumber } from "../../format.ts";
import type { DepartmentYearFacts } from "../department-year-facts.ts";
import type { ListKind } from "../rule-version.ts";
import { type AreaWatch, probabilityText, watchAreas } from "./watch-list.ts";
import { watchTableView } from "./watch-table.ts";

/**
 * Hand-built areas; every expected distance is computed here from the statute's threshold
 * (RULES.md §2, §6, §7), never copied from the output.
 */
const watch = (date: string, listKind: ListKind, facts: readonly DepartmentYearFacts[], draws = 1000) =>
  watchAreas({ date, listKind, facts, reference, params: shippedRules, draws });

const only = (areas: readonly AreaWatch[], areaId = "a") => {
  const found = areas.find((a) => a.areaId === areaId);
  if (!found) throw new Error(`no area ${areaId}`);
  return found;
};

const distance = (a: AreaWatch, criterionId: string, role: "current" | "next" = "current") => {
  const c = a.distances.find((b) => b.role === role)?.criteria.find((x) => x.criterionId === criterionId);
  if (!c) throw new Error(`no criterion ${criterionId}`);
  return c;
};

describe("distances under the combined-letting rule of 2010 (§ 51 b, stk. 3: ≥ 1.000 beboere, ≥ 40 %)", () => {
  // On 1 Jan 2010 the list in force is that of 21 Dec 2009, on the facts of 2008.
  const area = (outside: number, residents = 2000) =>
    years(range(2006, 2008), () => ({
      residents,
      residents_18_64: 1000,
      outside_labour_market_18_64: outside,
    }));

  it.each([
    [380, "under"],
    [412, "over"],
    [400, "på"],
  ])(
    "%d of 1.000 aged 18-64 outside the labour market: (share − 40 %) in procentpoint, %s",
    (outside, side) => {
      const a = only(watch("2010-01-01", "combined_letting", area(outside)).areas);
      const d = distance(a, "stk3_outside_labour_market");
      const expected = (outside / 1000 - 40 / 100) * 100;
      expect(d.unit).toBe("procentpoint");
      expect(d.distance).toBeCloseTo(expected, 10);
      expect(d.threshold).toBe(40);
      expect(d.met).toBe(outside >= 400);
      expect(d.text).toBe(
        side === "på"
          ? "på 40 %-grænsen"
          : `${formatNumber(Math.abs(expected), 1)} procentpoint ${side} 40 %-grænsen`,
      );
    },
  );

  it.each([
    [1312, 312, "over"],
    [999, -1, "under"],
  ])("%d residents are %d from the minimum of 1.000", (residents, expected, side) => {
    const a = only(watch("2010-01-01", "combined_letting", area(450, residents)).areas);
    const d = distance(a, "stk3_residents");
    expect(d.distance).toBe(residents - 1000);
    expect(d.distance).toBe(expected);
    expect(d.text).toBe(`${formatNumber(Math.abs(expected))} beboere ${side} minimum (1.000)`);
    expect(d.met).toBe(residents >= 1000);
    // Listed now exactly when both stk. 3 criteria are met.
    expect(a.listedNow).toBe(residents >= 1000);
    expect(a.question).toBe(residents >= 1000 ? "leaving" : "listing");
  });
});

describe("distances under the 2018 revision (§ 61 a: > 40 %, ≥ 3 × landsgennemsnittet, > 60 %, < 55 %)", () => {
  // The list of 1 Dec 2019 (revision-2018) is on the facts of 2018, averages over 2017-2018.
  // Reference: national conviction share 1 %, region mean income 300.000 kr. every year.
  const facts = (convicted: number, income: number, basic: number, work: number) =>
    years(range(2015, 2018), () => ({
      convicted_18_plus: convicted,
      gross_income_sum_15_64_excl_students: 100 * income,
      basic_education_only_30_59: basic,
      outside_labour_or_education_18_64: work,
    }));

  it.each([
    [27, "under"],
    [33, "over"],
  ])("%d per 1.000 convicted, against 3 × the national 1 per cent: %s", (convicted, side) => {
    const a = only(watch("2019-12-15", "vulnerable_areas", facts(convicted, 200_000, 100, 100)).areas);
    const d = distance(a, "convicted");
    const expected = convicted / 1000 / (1 / 100) - 3;
    expect(d.unit).toBe("gange_landsgennemsnittet");
    expect(d.threshold).toBe(3);
    expect(d.distance).toBeCloseTo(expected, 10);
    expect(d.met).toBe(convicted / 1000 >= 3 / 100);
    expect(d.text).toBe(`${formatNumber(Math.abs(expected), 1)} × ${side} 3 × landsgennemsnittet`);
  });

  it.each([
    [150_000, "under", true],
    [180_000, "over", false],
  ])("mean income %d kr. against 55 per cent of the region: %s", (income, side, met) => {
    const a = only(watch("2019-12-15", "vulnerable_areas", facts(5, income, 100, 100)).areas);
    const d = distance(a, "income");
    const expected = (income / 300_000 - 0.55) * 100;
    expect(d.unit).toBe("procentpoint_af_regionens_gennemsnit");
    expect(d.distance).toBeCloseTo(expected, 10);
    expect(d.met).toBe(met);
    expect(d.text).toBe(
      `${formatNumber(Math.abs(expected), 1)} procentpoint ${side} grænsen på 55 % af regionens gennemsnitsindkomst`,
    );
  });

  it.each([600, 601])(
    "basic education %d per 1.000 against more than 60 per cent, on the line is not met",
    (basic) => {
      const a = only(watch("2019-12-15", "vulnerable_areas", facts(5, 200_000, basic, 100)).areas);
      const d = distance(a, "basic_education");
      expect(d.distance).toBeCloseTo((basic / 1000 - 0.6) * 100, 10);
      expect(d.met).toBe(basic / 1000 > 0.6);
      expect(d.text).toBe(basic === 600 ? "på 60 %-grænsen" : "0,1 procentpoint over 60 %-grænsen");
    },
  );

  it("counts the criteria met against the required 2", () => {
    // Income (< 55 %) and work/education (> 40 %) met; convictions and education not.
    const a = only(watch("2019-12-15", "vulnerable_areas", facts(5, 150_000, 100, 450)).areas);
    const d = distance(a, "criteria_count");
    expect(d.unit).toBe("kriterier");
    expect(d.distance).toBe(0);
    expect(a.listedNow).toBe(true);
  });
});

describe("distances under the 2021 reform (forebyggelsesområde: > 30 %, ≥ 2 ×, > 60 %, < 65 %)", () => {
  const facts = (convicted: number, income: number, nonWestern: number) =>
    years(range(2019, 2022), () => ({
      convicted_18_plus: convicted,
      gross_income_sum_15_64_excl_students: 100 * income,
      non_western_immigrants_descendants: nonWestern,
    }));

  it.each([
    [19, "under"],
    [24, "over"],
  ])("prevention convictions %d per 1.000 against 2 × landsgennemsnittet", (convicted, side) => {
    const a = only(watch("2023-12-15", "vulnerable_areas", facts(convicted, 250_000, 350)).areas);
    const d = distance(a, "prevention_convicted");
    const expected = convicted / 1000 / 0.01 - 2;
    expect(d.threshold).toBe(2);
    expect(d.distance).toBeCloseTo(expected, 10);
    expect(d.text).toBe(`${formatNumber(Math.abs(expected), 1)} × ${side} 2 × landsgennemsnittet`);
  });

  it.each([
    [190_000, true],
    [200_000, false],
  ])(
    "prevention income %d kr. against less than 65 per cent of the region (195.000 kr.): met %s",
    (income, met) => {
      const a = only(watch("2023-12-15", "vulnerable_areas", facts(5, income, 350)).areas);
      const d = distance(a, "prevention_income");
      expect(d.threshold).toBe(65);
      expect(d.distance).toBeCloseTo((income / 300_000 - 0.65) * 100, 10);
      expect(d.met).toBe(met);
    },
  );

  it.each([
    [299, -0.1],
    [301, 0.1],
  ])("non-western %d per 1.000 against more than 30 per cent: %d", (nonWestern, expected) => {
    const a = only(watch("2023-12-15", "vulnerable_areas", facts(5, 250_000, nonWestern)).areas);
    const d = distance(a, "prevention_non_western");
    expect(d.distance).toBeCloseTo(expected, 10);
    expect(d.met).toBe(nonWestern / 1000 > 0.3);
  });
});

describe("the probability of being on the next list", () => {
  // 1 Jan 2010: known facts 2008; the next combined-letting list (1 Oct 2010) reads 2009, projected.
  const history = (share: (year: number) => number, residents = 3000) =>
    years(range(2004, 2008), (year) => ({
      residents,
      residents_18_64: 2000,
      outside_labour_market_18_64: Math.round(share(year) * 2000),
    }));

  it("is about 1 far over every threshold with a stable trend, about 0 far under", () => {
    const wobble = (y: number) => ((y % 2) - 0.5) * 0.01;
    const over = only(
      watch(
        "2010-01-01",
        "combined_letting",
        history((y) => 0.6 + wobble(y)),
      ).areas,
    );
    expect(over.probability).toBeGreaterThan(0.99);
    expect(over.listedNow).toBe(true);
    const under = only(
      watch(
        "2010-01-01",
        "combined_letting",
        history((y) => 0.15 + wobble(y)),
      ).areas,
    );
    expect(under.probability).toBeLessThan(0.01);
    expect(under.listedNow).toBe(false);
    expect(probabilityText(under.probability)).toBe("under 1 %");
  });

  it("is about one half exactly on a single threshold (40 %) with zero trend", () => {
    // Deviations +1, −1, 0, −1, +1 procentpoint around 40 %: the fitted slope is exactly 0.
    const deviation: Record<number, number> = { 2004: 0.01, 2005: -0.01, 2006: 0, 2007: -0.01, 2008: 0.01 };
    const a = only(
      watch(
        "2010-01-01",
        "combined_letting",
        history((y) => 0.4 + (deviation[y] ?? 0)),
        2000,
      ).areas,
    );
    const work = a.projection?.criteria.find((c) => c.criterionId === "stk3_outside_labour_market");
    expect(work?.trendPerYear).toBeCloseTo(0, 10);
    expect(work?.projected).toBeCloseTo(40, 0);
    expect(a.probability).toBeGreaterThan(0.44);
    expect(a.probability).toBeLessThan(0.56);
    expect(a.projection?.projectedYears).toEqual([2009]);
    expect(a.projection?.trendYears).toEqual(range(2004, 2008));
  });

  it("is the same for the same input (seeded), and another seed moves it only by sampling noise", () => {
    const facts = history((y) => 0.38 + (y - 2004) * 0.004 + ((y % 3) - 1) * 0.005);
    const one = watch("2010-01-01", "combined_letting", facts);
    const two = watch("2010-01-01", "combined_letting", facts);
    expect(two).toEqual(one);
    const other = watchAreas({
      date: "2010-01-01",
      listKind: "combined_letting",
      facts,
      reference,
      params: shippedRules,
      seed: 7,
    });
    expect(Math.abs((only(other.areas).probability ?? 0) - (only(one.areas).probability ?? 0))).toBeLessThan(
      0.08,
    );
  });

  it("never falls when the trend of a criterion is raised towards its threshold (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 600, max: 900 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        (counts, extraPerYear) => {
          const base = years(range(2004, 2008), (y) => ({
            residents: 3000,
            residents_18_64: 2000,
            outside_labour_market_18_64: counts[y - 2004] as number,
          }));
          const raised = base.map((row) => ({
            ...row,
            outside_labour_market_18_64:
              (row.outside_labour_market_18_64 as number) + extraPerYear * (row.year - 2004),
          }));
          const p = only(watch("2010-01-01", "combined_letting", base, 300).areas).probability as number;
          const q = only(watch("2010-01-01", "combined_letting", raised, 300).areas).probability as number;
          return q >= p;
        },
      ),
      { numRuns: 25, seed: 12 },
    );
  });

  it("ranks unlisted areas by probability, before the listed ones", () => {
    const area = (id: string, share: number) =>
      range(2004, 2008).map((year) =>
        department({
          year,
          area_id: id,
          residents: 3000,
          residents_18_64: 2000,
          outside_labour_market_18_64: Math.round(
            (share + ((year % 2) - 0.5) * 0.02 + (year - 2006) * 0.005) * 2000,
          ),
        }),
      );
    const w = watch("2010-01-01", "combined_letting", [
      ...area("far", 0.2),
      ...area("near", 0.37),
      ...area("on", 0.5),
    ]);
    expect(w.areas.map((a) => a.areaId)).toEqual(["near", "far", "on"]);
    const [near, far] = w.areas as [AreaWatch, AreaWatch];
    expect(near.probability as number).toBeGreaterThan(far.probability as number);
    expect(near.nearest?.criterionId).toBe("stk3_outside_labour_market");
  });
});

describe("bad input", () => {
  it("refuses a date before any rule", () => {
    expect(() =>
      watch(
        "1990-01-01",
        "combined_letting",
        years([1989], () => ({})),
      ),
    ).toThrow(DomainError);
    try {
      watchAreas({ date: "1990-01-01", facts: [], reference, params: shippedRules });
    } catch (error) {
      expect((error as DomainError).code).toBe("rule_not_in_force");
      expect((error as DomainError).message).toMatch(
        /Ingen områdeliste har en regel i kraft den 1\. januar 1990/,
      );
    }
  });

  it("refuses an unknown list kind", () => {
    expect(() =>
      watch(
        "2010-01-01",
        "no_such_list" as ListKind,
        years([2008], () => ({})),
      ),
    ).toThrow(/no_such_list/);
  });

  it("gives an area with one year of facts a reason, not a number", () => {
    const a = only(
      watch(
        "2010-01-01",
        "combined_letting",
        years([2008], () => ({ residents: 2000 })),
      ).areas,
    );
    expect(a.probability).toBeNull();
    expect(a.reason).toMatch(/^Kan ikke vurderes: området har områdefakta for kun 1 år \(2008\)/);
    expect(probabilityText(a.probability)).toBe("kan ikke vurderes");
    // The distances under the rules in force are still there.
    expect(distance(a, "stk3_residents").distance).toBe(1000);
  });

  it("refuses when the facts year the list builds on is missing", () => {
    expect(() =>
      watch(
        "2010-01-01",
        "combined_letting",
        years([2005, 2006], () => ({})),
      ),
    ).toThrow(/ingen områdefakta for 2008/);
  });
});

describe("the next list", () => {
  it("on 1 Jan 2010 is the combined-letting list of 1 Oct 2010 (facts 2009) and the first ghetto list (26 Oct 2010)", () => {
    const facts = years(range(2003, 2008), () => ({}));
    const w = watchAreas({ date: "2010-01-01", facts, reference, params: shippedRules, draws: 50 });
    const byKind = Object.fromEntries(w.lists.map((l) => [l.listKind, l]));
    expect(byKind.combined_letting?.current).toMatchObject({
      ruleVersionId: "combined-letting-2010",
      factsYear: 2008,
    });
    expect(byKind.combined_letting?.next).toMatchObject({ effectiveDate: "2010-10-01", factsYear: 2009 });
    expect(byKind.vulnerable_areas?.current).toBeNull();
    expect(byKind.vulnerable_areas?.next).toMatchObject({
      ruleVersionId: "ghetto-list-2010",
      effectiveDate: "2010-10-26",
      factsYear: 2009,
    });
    expect(byKind.vulnerable_areas?.knownFactsYear).toBe(2008);
  });

  it("on 25 Dec 2009 is the new rule's list in force on 1 Jan 2010, on facts already known", () => {
    const facts = years(range(2003, 2008), () => ({ residents: 2000, outside_labour_market_18_64: 450 }));
    const w = watch("2009-12-25", "combined_letting", facts);
    expect(w.lists[0]?.next).toMatchObject({
      ruleVersionId: "combined-letting-2010",
      effectiveDate: "2010-01-01",
      factsYear: 2008,
    });
    const a = only(w.areas);
    expect(a.probability).toBe(1);
    expect(a.distances.map((b) => b.ruleVersionId)).toEqual([
      "combined-letting-2005",
      "combined-letting-2010",
    ]);
  });
});

describe("the watch list as a report table", () => {
  it("shows the unlisted areas most likely to come on, with the nearest threshold in words", () => {
    const area = (id: string, share: number) =>
      range(2004, 2008).map((year) =>
        department({
          year,
          area_id: id,
          residents: 3000,
          residents_18_64: 2000,
          outside_labour_market_18_64: Math.round((share + ((year % 2) - 0.5) * 0.02) * 2000),
        }),
      );
    const w = watch("2010-01-01", "combined_letting", [
      ...area("far", 0.2),
      ...area("near", 0.39),
      ...area("on", 0.5),
    ]);
    const table = watchTableView(w, { minProbability: 0.1, max: 1 });
    // "near" sits 1 procentpoint under 40 % with no trend: more than 10 %; the listed area is not shown.
    expect(table.rows.map((r) => r.cells[0]?.text)).toEqual(["Område NEAR"]);
    expect(table.rows[0]?.cells[4]?.text).toMatch(/procentpoint under 40 %-grænsen$/);
    expect(table.rows[0]?.cells[2]?.text).toBe("1. oktober 2010 (fakta 2009)");
  });
});
