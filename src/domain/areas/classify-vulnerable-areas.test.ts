import { describe, expect, it } from "vitest";
import { department, range, reference, years } from "../../../test/support/area-facts.ts";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { rational } from "../law/rational.ts";
import { type Classification, classifyAreas } from "./classify-areas.ts";
import type { DepartmentYearFacts, ReferenceFacts } from "./department-year-facts.ts";
import type { PublishedListEntry } from "./published-list.ts";
import { ghettoList2010 } from "./versions/ghetto-list-2010.ts";
import { reform2021 } from "./versions/reform-2021.ts";
import { revision2013 } from "./versions/revision-2013.ts";
import { revision2018 } from "./versions/revision-2018.ts";

const area = (c: Classification) => c.areas[0];
const criterion = (c: Classification, id: string) => area(c)?.criteria.find((x) => x.id === id);

describe("ghetto list 2010 (list of 1 Oct 2012: facts 2011, 4-year averages 2008-2011)", () => {
  const classify = (facts: DepartmentYearFacts[], params = shippedRules) =>
    classifyAreas(ghettoList2010, facts, { date: "2012-10-01" }, params, reference);
  const fourYears = (fields: (year: number) => Partial<DepartmentYearFacts>) =>
    years(range(2008, 2011), fields);

  it("non-western over 50 %: 50.0 % is not met, 50.1 % is", () => {
    expect(
      criterion(classify(fourYears(() => ({ non_western_immigrants_descendants: 500 }))), "non_western")?.met,
    ).toBe(false);
    expect(
      criterion(classify(fourYears(() => ({ non_western_immigrants_descendants: 501 }))), "non_western")?.met,
    ).toBe(true);
  });

  it("without work or education over 40 % on average over 4 years, summing numerators and bases", () => {
    const exactly = classify(fourYears(() => ({ outside_labour_or_education_18_64: 400 })));
    expect(criterion(exactly, "outside_work_or_education")).toMatchObject({
      numerator: 1600,
      denominator: 4000,
      met: false,
      years: [2011, 2010, 2009, 2008],
    });
    const justAbove = classify(
      fourYears((y) => ({ outside_labour_or_education_18_64: y === 2008 ? 401 : 400 })),
    );
    expect(criterion(justAbove, "outside_work_or_education")).toMatchObject({ numerator: 1601, met: true });
  });

  it("a high last year does not meet a 4-year average that stays low", () => {
    const c = classify(fourYears((y) => ({ outside_labour_or_education_18_64: y === 2011 ? 700 : 300 })));
    expect(criterion(c, "outside_work_or_education")).toMatchObject({ numerator: 1600, met: false });
  });

  it("convicted over 270 per 10,000 residents 18+ on average: 108 of 4,000 is exactly 2.7 % (not met), 109 is over", () => {
    expect(criterion(classify(fourYears(() => ({ convicted_18_plus: 27 }))), "convicted")).toMatchObject({
      numerator: 108,
      met: false,
    });
    const over = classify(fourYears((y) => ({ convicted_18_plus: y === 2009 ? 28 : 27 })));
    expect(criterion(over, "convicted")).toMatchObject({
      numerator: 109,
      met: true,
      thresholdExact: "27/1000",
    });
  });

  it("needs at least 2 of 3 and at least 1,000 residents", () => {
    const two = (residents: number) =>
      fourYears(() => ({ residents, non_western_immigrants_descendants: 501, convicted_18_plus: 30 }));
    expect(area(classify(two(1000)))).toMatchObject({ listed: true, category: "ghettoomraade" });
    expect(criterion(classify(two(1000)), "criteria_count")).toMatchObject({ numerator: 2, met: true });
    expect(area(classify(two(999)))?.listed).toBe(false);
    const one = fourYears(() => ({ non_western_immigrants_descendants: 501 }));
    expect(area(classify(one))?.listed).toBe(false);
  });

  it("an area without the earlier years of the average cannot be assessed (naming the year); the other areas are classified", () => {
    const short = years([2010, 2011], () => ({}), { area_id: "kort" });
    const full = fourYears(() => ({ non_western_immigrants_descendants: 501, convicted_18_plus: 30 }));
    const c = classify([...short, ...full]);
    expect(c.areas.map((a) => [a.areaId, a.assessable, a.listed])).toEqual([
      ["a", true, true],
      ["kort", false, false],
    ]);
    const kort = c.areas.find((a) => a.areaId === "kort");
    expect(kort).toMatchObject({ category: null, criteria: [], notAssessable: { missingYear: 2009 } });
    expect(kort?.notAssessable?.message).toBe(
      "Kan ikke vurderes: områdefakta for 2009 mangler (regelversion ghetto-list-2010 læser årene 2011, 2010, 2009, 2008).",
    );
  });

  it("a facts year no area has is refused, naming the year, the list and --year, with the years there are", () => {
    expect(() => classify(years([2006, 2007, 2009], () => ({})))).toThrow(
      expect.objectContaining({
        code: "missing_fact",
        message:
          "Der er ingen områdefakta for år 2011, som listen i kraft 1. oktober 2012 bygger på (regelversion ghetto-list-2010). Indlæs fakta for 2011, eller vælg et andet faktaår med --year (der er fakta for 2006-2007, 2009).",
      }),
    );
    expect(() =>
      classifyAreas(
        ghettoList2010,
        fourYears(() => ({})),
        { date: "2012-10-01", factsYear: 2015 },
        shippedRules,
        reference,
      ),
    ).toThrow(
      expect.objectContaining({ message: expect.stringContaining("år 2015, som er valgt som faktaår") }),
    );
  });

  it("a (verify) parameter changes the result: the mean of yearly shares instead of the pooled share", () => {
    // 2008: 900 of 1,000 (90 %); 2009-2011: 10 of 100 (10 %). Pooled: 930/1,300 = 71.5 %; yearly mean: 30 %.
    const facts = fourYears((y) =>
      y === 2008
        ? { outside_labour_or_education_18_64: 900 }
        : { residents_18_64: 100, outside_labour_or_education_18_64: 10 },
    );
    expect(criterion(classify(facts), "outside_work_or_education")?.met).toBe(true);
    const yearly = withParameterValue(shippedRules, "omraader.gennemsnit_metode", "2012-10-01", "aarlig");
    const c = classify(facts, yearly);
    expect(criterion(c, "outside_work_or_education")).toMatchObject({ met: false, value: 0.3 });
    expect(c.parametersUsed.find((u) => u.id === "omraader.gennemsnit_metode")?.value).toBe("aarlig");
  });
});

describe("revision 2013 (list of 1 Dec 2015: facts 2014, 2-year averages 2013-2014)", () => {
  const classify = (facts: DepartmentYearFacts[]) =>
    classifyAreas(revision2013, facts, { date: "2015-12-01" }, shippedRules, reference);
  const twoYears = (fields: Partial<DepartmentYearFacts>) => years([2013, 2014], () => fields);

  it("averages over 2 years only", () => {
    expect(
      criterion(classify(twoYears({ outside_labour_or_education_18_64: 401 })), "outside_work_or_education"),
    ).toMatchObject({
      numerator: 802,
      denominator: 2000,
      years: [2014, 2013],
      met: true,
    });
  });

  it("full-time equivalents with decimals add up exactly: 0.1 + 259.1 + 140.8 of 1,000 is exactly 40 %, not over", () => {
    const departments = [
      ["a-1", 333, 0.1],
      ["a-2", 333, 259.1],
      ["a-3", 334, 140.8],
    ] as const;
    const facts = [2013, 2014].flatMap((year) =>
      departments.map(([department_id, base, fte]) =>
        department({ year, department_id, residents_18_64: base, outside_labour_or_education_18_64: fte }),
      ),
    );
    expect(criterion(classify(facts), "outside_work_or_education")).toMatchObject({
      numerator: 800,
      denominator: 2000,
      value: 0.4,
      met: false,
    });
  });

  it("convicted over 2.7 %: 54 of 2,000 is not, 55 is", () => {
    expect(criterion(classify(twoYears({ convicted_18_plus: 27 })), "convicted")?.met).toBe(false);
    const over = classify(years([2013, 2014], (y) => ({ convicted_18_plus: y === 2014 ? 28 : 27 })));
    expect(criterion(over, "convicted")?.met).toBe(true);
  });

  it("basic education only over 50 % of residents 30-59: 500 no, 501 yes", () => {
    expect(criterion(classify(twoYears({ basic_education_only_30_59: 500 })), "basic_education")?.met).toBe(
      false,
    );
    expect(criterion(classify(twoYears({ basic_education_only_30_59: 501 })), "basic_education")?.met).toBe(
      true,
    );
  });

  it("income under 55 % of the region's mean: exactly 165,000 kr. is not, 164,999.99 is", () => {
    const atThreshold = classify(twoYears({ gross_income_sum_15_64_excl_students: 100 * 165_000 }));
    expect(criterion(atThreshold, "income")).toMatchObject({
      value: 165_000,
      threshold: 165_000,
      comparator: "lt",
      met: false,
    });
    expect(
      criterion(classify(twoYears({ gross_income_sum_15_64_excl_students: 100 * 165_000 - 1 })), "income")
        ?.met,
    ).toBe(true);
  });

  it("needs at least 1,000 residents", () => {
    const three = {
      non_western_immigrants_descendants: 600,
      basic_education_only_30_59: 600,
      convicted_18_plus: 40,
    };
    expect(area(classify(twoYears({ ...three, residents: 999 })))?.listed).toBe(false);
  });

  it("needs at least 3 of 5", () => {
    const three = {
      non_western_immigrants_descendants: 600,
      basic_education_only_30_59: 600,
      convicted_18_plus: 40,
    };
    expect(area(classify(twoYears(three)))).toMatchObject({ listed: true, category: "ghettoomraade" });
    const two = { non_western_immigrants_descendants: 600, basic_education_only_30_59: 600 };
    expect(area(classify(twoYears(two)))?.listed).toBe(false);
  });

  it("names a missing reference fact with its region and year", () => {
    const noRegion: ReferenceFacts = { ...reference, regions: [] };
    expect(() =>
      classifyAreas(revision2013, twoYears({}), { date: "2015-12-01" }, shippedRules, noRegion),
    ).toThrow(
      expect.objectContaining({
        code: "missing_fact",
        message: expect.stringMatching(/Region Hovedstaden i år 2014.*revision-2013/),
      }),
    );
  });
});

/** Two of the four udsat criteria met (basic education and income); non-western set per test. */
const udsat = { basic_education_only_30_59: 700, gross_income_sum_15_64_excl_students: 100 * 150_000 };

describe("revision 2018 (list of 1 Dec 2018: facts 2017, 2-year averages 2016-2017)", () => {
  const classify = (
    facts: DepartmentYearFacts[],
    published: PublishedListEntry[] = [],
    params = shippedRules,
  ) => classifyAreas(revision2018, facts, { date: "2018-12-01" }, params, reference, published);
  const twoYears = (fields: Partial<DepartmentYearFacts>) => years([2016, 2017], () => fields);

  it("convicted at least 3 × the national average (1 %): exactly 3 % is met, 2.95 % is not", () => {
    expect(criterion(classify(twoYears({ convicted_18_plus: 30 })), "convicted")).toMatchObject({
      numerator: 60,
      denominator: 2000,
      threshold: 0.03,
      met: true,
    });
    const below = classify(years([2016, 2017], (y) => ({ convicted_18_plus: y === 2016 ? 29 : 30 })));
    expect(criterion(below, "convicted")?.met).toBe(false);
  });

  it("basic education over 60 % (raised from 50 %): 600 no, 601 yes", () => {
    expect(criterion(classify(twoYears({ basic_education_only_30_59: 600 })), "basic_education")?.met).toBe(
      false,
    );
    expect(criterion(classify(twoYears({ basic_education_only_30_59: 601 })), "basic_education")?.met).toBe(
      true,
    );
  });

  it("an udsat boligområde meets 2 of 4; with non-western over 50 % it is also a ghettoområde", () => {
    const notBefore = [2015, 2016, 2017].map((year) => ({
      areaId: "other",
      year,
      category: "ghettoomraade" as const,
    }));
    expect(area(classify(twoYears({ ...udsat, non_western_immigrants_descendants: 500 })))).toMatchObject({
      category: "udsat_boligomraade",
      categories: ["udsat_boligomraade"],
    });
    expect(
      area(classify(twoYears({ ...udsat, non_western_immigrants_descendants: 501 }), notBefore)),
    ).toMatchObject({
      category: "ghettoomraade",
      categories: ["ghettoomraade", "udsat_boligomraade"],
    });
  });

  it("needs at least 1,000 residents: 999 is not an udsat boligområde even with 2 of 4", () => {
    expect(area(classify(twoYears({ ...udsat, residents: 999 })))?.listed).toBe(false);
    expect(area(classify(twoYears({ ...udsat, residents: 1000 })))?.category).toBe("udsat_boligomraade");
  });

  it("a hard ghetto met the criteria in each of the preceding 4 years: 5 lists in a row with the current (published lists 2014-2017 count)", () => {
    const ghetto = twoYears({ ...udsat, non_western_immigrants_descendants: 600 });
    const lists = [2014, 2015, 2016, 2017].map((year) => ({
      areaId: "a",
      year,
      category: "ghettoomraade" as const,
    }));
    const c = classify(ghetto, lists);
    expect(area(c)?.category).toBe("haardt_ghettoomraade");
    expect(criterion(c, "consecutive_years")).toMatchObject({
      numerator: 4,
      threshold: 4,
      comparator: "gte",
      years: [2018, 2017, 2016, 2015, 2014],
      met: true,
      parameterId: "omraader.foregaaende_aar_i_traek",
    });
    // Only 3 preceding lists (2015-2017): 4 in a row with 2018 is not enough.
    const notIn2014 = lists.map((l) => (l.year === 2014 ? { ...l, areaId: "other" } : l));
    expect(area(classify(ghetto, notIn2014))?.category).toBe("ghettoomraade");
    expect(criterion(classify(ghetto, notIn2014), "consecutive_years")).toMatchObject({
      numerator: 3,
      met: false,
    });
    const gap = lists.map((l) => (l.year === 2016 ? { ...l, areaId: "other" } : l));
    expect(criterion(classify(ghetto, gap), "consecutive_years")).toMatchObject({ numerator: 1, met: false });
  });

  it("an area on the lists 2016-2020 is a hard ghetto in 2020, not in 2019 (RULES.md §10)", () => {
    // The published 2015 list (another area only) is the record that the area was not on it.
    const onLists = (from: number, to: number): PublishedListEntry[] => [
      { areaId: "other", year: from - 1, category: "ghettoomraade" },
      ...range(from, to).map((year) => ({ areaId: "a", year, category: "ghettoomraade" as const })),
    ];
    const on = (date: string, factsYears: number[], published: PublishedListEntry[]) =>
      classifyAreas(
        revision2018,
        years(factsYears, () => ({ ...udsat, non_western_immigrants_descendants: 600 })),
        { date },
        shippedRules,
        reference,
        published,
      );
    expect(area(on("2019-12-01", [2017, 2018], onLists(2016, 2018)))?.category).toBe("ghettoomraade");
    expect(area(on("2020-12-01", [2018, 2019], onLists(2016, 2019)))?.category).toBe("haardt_ghettoomraade");
  });

  it("an overridden facts year moves the earlier lists too: with --year 2016 they read 2015, 2014, … (2016 is not counted twice)", () => {
    // A ghetto in every facts year except 2015 (non-western 40 %).
    const facts = years(range(2012, 2017), (y) => ({
      ...udsat,
      non_western_immigrants_descendants: y === 2015 ? 400 : 600,
    }));
    const convention = classifyAreas(revision2018, facts, { date: "2018-12-01" }, shippedRules, reference);
    expect(criterion(convention, "consecutive_years")).toMatchObject({ numerator: 1, years: [2018, 2017] });
    expect(criterion(convention, "consecutive_years")?.note).toBe(
      "2018: i år; 2017: ja (genberegnet på fakta revision-2013); 2016: nej (genberegnet på fakta revision-2013)",
    );
    const overridden = classifyAreas(
      revision2018,
      facts,
      { date: "2018-12-01", factsYear: 2016 },
      shippedRules,
      reference,
    );
    expect(overridden.factsYear).toBe(2016);
    // The list before the one on the facts of 2016 is the one on the facts of 2015 (the list of 2016).
    expect(criterion(overridden, "consecutive_years")).toMatchObject({ numerator: 0, years: [2018] });
    expect(criterion(overridden, "consecutive_years")?.note).toBe(
      "2018: i år; 2016: nej (genberegnet på fakta revision-2013)",
    );
  });

  it("recomputes an earlier year from facts when no list for it is given; without those facts the area cannot be assessed", () => {
    const ghetto = twoYears({ ...udsat, non_western_immigrants_descendants: 600 });
    const c = classify(ghetto);
    expect(area(c)).toMatchObject({
      assessable: false,
      category: null,
      notAssessable: { missingYear: 2015 },
    });
    expect(area(c)?.notAssessable?.message).toBe(
      "Kan ikke vurderes: områdefakta for 2015 mangler (regelversion revision-2013 læser årene 2016, 2015 for listen 2017, som »år i træk« tæller).",
    );
    const withHistory = years(range(2012, 2017), () => ({
      ...udsat,
      non_western_immigrants_descendants: 600,
    }));
    expect(area(classify(withHistory))).toMatchObject({ assessable: true, category: "haardt_ghettoomraade" });
  });
});

describe("reform 2021 (list of 1 Dec 2022: facts 2021, 2-year averages 2020-2021)", () => {
  const classify = (facts: DepartmentYearFacts[], published: PublishedListEntry[] = []) =>
    classifyAreas(reform2021, facts, { date: "2022-12-01" }, shippedRules, reference, published);
  const twoYears = (fields: Partial<DepartmentYearFacts>) => years([2020, 2021], () => fields);

  it("a parallelsamfund that was a ghetto or parallelsamfund in each of the last 5 years is an omdannelsesområde", () => {
    const parallel = twoYears({ ...udsat, non_western_immigrants_descendants: 600 });
    const lists: PublishedListEntry[] = [
      { areaId: "a", year: 2018, category: "haardt_ghettoomraade" },
      { areaId: "a", year: 2019, category: "ghettoomraade" },
      { areaId: "a", year: 2020, category: "haardt_ghettoomraade" },
      { areaId: "a", year: 2021, category: "parallelsamfund" },
    ];
    expect(area(classify(parallel, lists))?.category).toBe("omdannelsesomraade");
    expect(criterion(classify(parallel, lists), "consecutive_years")).toMatchObject({
      numerator: 4,
      years: [2022, 2021, 2020, 2019, 2018],
      parameterId: "omraader.foregaaende_aar_i_traek",
    });
    const notIn2018 = lists.map((l) => (l.year === 2018 ? { ...l, areaId: "other" } : l));
    expect(area(classify(parallel, notIn2018))?.category).toBe("parallelsamfund");
  });

  it("forebyggelsesområde: non-western over 30 % (300 no, 301 yes) and 2 of 4 with the lower thresholds", () => {
    // Without work or education 30.1 % and convictions 2 × the national average: udsat needs 40 % and 3 ×.
    const prevention = (nonWestern: number) =>
      twoYears({
        non_western_immigrants_descendants: nonWestern,
        outside_labour_or_education_18_64: 301,
        convicted_18_plus: 20,
      });
    expect(area(classify(prevention(300)))?.listed).toBe(false);
    expect(area(classify(prevention(301)))).toMatchObject({
      category: "forebyggelsesomraade",
      categories: ["forebyggelsesomraade"],
    });
    expect(criterion(classify(prevention(301)), "prevention_convicted")).toMatchObject({
      threshold: 0.02,
      met: true,
    });
  });

  it("needs at least 1,000 residents for every category", () => {
    const parallel = (residents: number) =>
      twoYears({ ...udsat, residents, non_western_immigrants_descendants: 600 });
    const lists = [2018, 2019, 2020, 2021].map((year) => ({
      areaId: "a",
      year,
      category: "ghettoomraade" as const,
    }));
    expect(area(classify(parallel(999), lists))?.listed).toBe(false);
    expect(area(classify(parallel(1000), lists))?.categories).toEqual([
      "omdannelsesomraade",
      "parallelsamfund",
      "udsat_boligomraade",
      "forebyggelsesomraade",
    ]);
  });

  it("forebyggelsesområde: income under 65 % of the region's mean (195,000 kr. is not under)", () => {
    const income = (sum: number) =>
      twoYears({
        non_western_immigrants_descendants: 400,
        basic_education_only_30_59: 601,
        gross_income_sum_15_64_excl_students: sum,
      });
    expect(criterion(classify(income(100 * 195_000)), "prevention_income")?.met).toBe(false);
    expect(criterion(classify(income(100 * 195_000 - 1)), "prevention_income")?.met).toBe(true);
  });

  it("no category before the first list that named it: on 30 November 2021 (reform in force) no forebyggelsesområde, on 1 December 2021 there is", () => {
    const prevention = years([2018, 2019, 2020], () => ({
      non_western_immigrants_descendants: 400,
      outside_labour_or_education_18_64: 301,
      convicted_18_plus: 20,
    }));
    const on = (date: string) => classifyAreas(reform2021, prevention, { date }, shippedRules, reference);
    const before = on("2021-11-30");
    expect(criterion(before, "prevention_criteria_count")?.met).toBe(true);
    expect(area(before)).toMatchObject({ listed: false, category: null, categories: [] });
    expect(before.notes).toEqual([
      "Kategorien parallelsamfund gives ikke den 30. november 2021: den første liste, der nævner den, er listen af 1. december 2021.",
      "Kategorien omdannelsesområde gives ikke den 30. november 2021: den første liste, der nævner den, er listen af 1. december 2021.",
      "Kategorien forebyggelsesområde gives ikke den 30. november 2021: den første liste, der nævner den, er listen af 1. december 2021.",
    ]);
    const first = on("2021-12-01");
    expect(area(first)?.categories).toEqual(["forebyggelsesomraade"]);
    expect(first.notes).toEqual([]);
  });

  it("an udsat boligområde (named since 2018) is given on 30 November 2021", () => {
    const c = classifyAreas(
      reform2021,
      years([2018, 2019], () => ({ ...udsat, non_western_immigrants_descendants: 400 })),
      { date: "2021-11-30" },
      shippedRules,
      reference,
    );
    expect(area(c)?.category).toBe("udsat_boligomraade");
  });

  it("uses the national average of the same two years", () => {
    const national = reference.national.map((n) =>
      n.year === 2021 ? { ...n, national_conviction_share_18_plus: rational(2, 100) } : n,
    );
    // Mean of 1 % and 2 % is 1.5 %; 3 × is 4.5 %.
    const c = classifyAreas(
      reform2021,
      twoYears({ convicted_18_plus: 45 }),
      { date: "2022-12-01" },
      shippedRules,
      { ...reference, national },
    );
    expect(criterion(c, "convicted")).toMatchObject({ thresholdExact: "9/200", met: true });
  });
});
