import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { classifyAreas } from "../../domain/areas/classify-areas.ts";
import { combinedLetting2005 } from "../../domain/areas/versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "../../domain/areas/versions/combined-letting-2010.ts";
import { DomainError } from "../../domain/errors.ts";
import { rational } from "../../domain/law/rational.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "./area-facts-csv.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/area-facts/${name}`, import.meta.url), "utf8");
const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/area-facts/${name}`, import.meta.url)));

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("parseAreaFactsCsv", () => {
  it("reads a file without the optional columns; a rule that needs them refuses, naming the column", () => {
    const facts = parseAreaFactsCsv(fixture("valid-minimal.csv"), "valid-minimal.csv");
    expect(facts).toHaveLength(3);
    expect(facts[0]).toEqual({
      year: 2008,
      area_id: "akacie",
      area_name: "Akacieparken",
      municipality: "København",
      department_id: "akacie-1",
      residents: 700,
      residents_18_64: 430,
      outside_labour_market_18_64: 190,
    });
    expect(
      classifyAreas(combinedLetting2010, facts, { date: "2010-01-01" }, shippedRules).areas.map(
        (a) => a.listed,
      ),
    ).toEqual([true, false]);
    expect(() => classifyAreas(combinedLetting2005, facts, { date: "2009-12-31" }, shippedRules)).toThrow(
      expect.objectContaining({
        code: "missing_fact",
        message: expect.stringMatching(/residents_18_plus.*2008.*combined-letting-2005/),
      }),
    );
  });

  it("collects every problem in the file, with row and column, and returns nothing", () => {
    const error = refusal(() => parseAreaFactsCsv(fixture("many-problems.csv"), "many-problems.csv"));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("many-problems.csv: 10 fejl - intet er indlæst");
    expect(error.details.map(({ row, field, message }) => ({ row, field, message }))).toEqual([
      { row: 3, field: "residents", message: 'tekst i et talfelt: "mange"' },
      { row: 4, field: "residents_18_plus", message: "må ikke være negativ" },
      {
        row: 5,
        field: "outside_labour_market_18_plus",
        message: "skal være et helt tal (uden decimaler og tusindtalsseparator)",
      },
      {
        row: 6,
        field: "outside_labour_market_18_plus",
        message: "outside_labour_market_18_plus (721) er større end grundlaget residents_18_plus (720)",
      },
      {
        row: 6,
        field: "outside_labour_market_18_64",
        message: "outside_labour_market_18_64 (700) er større end grundlaget residents_18_64 (620)",
      },
      { row: 7, field: "department_id", message: "afdeling a-1 står to gange for år 2008 (også række 2)" },
      { row: 8, field: "area_id", message: "må ikke være tom" },
      { row: 9, field: "(række)", message: "rækken har 8 felter, overskriften 10" },
      {
        row: 10,
        field: "residents_18_plus",
        message: "residents_18_plus (1200) er større end grundlaget residents (1000)",
      },
      { row: 10, field: "area_name", message: 'område a har to navne i 2008: "Område A" og "Et andet navn"' },
    ]);
    expect(error.details.every((d) => d.source === "many-problems.csv")).toBe(true);
  });

  it("checks the header: required columns, unknown columns, a count without its base", () => {
    const error = refusal(() => parseAreaFactsCsv(fixture("bad-header.csv"), "bad-header.csv"));
    expect(error.details.map((d) => [d.row, d.field, d.message])).toEqual([
      [1, "beboere", "ukendt kolonne"],
      [1, "department_id", "påkrævet kolonne mangler i overskriften"],
      [1, "residents", "påkrævet kolonne mangler i overskriften"],
      [1, "outside_labour_market_18_64", "kolonnen kræver også grundlaget residents_18_64"],
    ]);
  });

  it("refuses an empty file and a broken quote", () => {
    expect(refusal(() => parseAreaFactsCsv("", "tom.csv")).details[0]?.message).toBe("filen er tom");
    expect(refusal(() => parseAreaFactsCsv('year,area_id\n"2008,a\n', "citat.csv")).message).toContain(
      "citat.csv",
    );
  });
});

describe("parseReferenceFactsCsv", () => {
  it("reads the demo reference facts exactly", () => {
    const reference = parseReferenceFactsCsv(
      readFileSync(new URL("../../../data/demo/reference-facts.csv", import.meta.url), "utf8"),
      "reference-facts.csv",
    );
    expect(reference.national.find((n) => n.year === 2006)?.national_conviction_share_18_plus).toEqual(
      rational(3, 250),
    );
    expect(
      reference.regions.find((r) => r.year === 2006)?.region_mean_gross_income_15_64_excl_students,
    ).toEqual(rational(300_000));
  });

  it("collects a decimal comma, a disagreeing national share and a region given twice", () => {
    const error = refusal(() =>
      parseReferenceFactsCsv(fixture("reference-problems.csv"), "reference-problems.csv"),
    );
    expect(error.details.map((d) => [d.row, d.field, d.message])).toEqual([
      [2, "region_mean_gross_income_15_64_excl_students", "brug punktum som decimaltegn"],
      [3, "national_conviction_share_18_plus", "afviger fra række 2 for år 2016 (0.0101)"],
      [5, "region", "Region Hovedstaden står to gange for år 2017 (også række 4)"],
    ]);
  });

  it("refuses a year outside 1900-2100 and a region that is not one of the five, on both sides of the bounds", () => {
    const header =
      "year,region,region_mean_gross_income_15_64_excl_students,national_conviction_share_18_plus";
    const csv = (rows: string[]) => [header, ...rows].join("\n");
    const error = refusal(() =>
      parseReferenceFactsCsv(
        csv(["1899,,,0.01", "2101,,,0.01", "2009,Region Nowhere,300000,", "2009,region hovedstaden,300000,"]),
        "ref.csv",
      ),
    );
    expect(error.details.map((d) => [d.row, d.field])).toEqual([
      [2, "year"],
      [3, "year"],
      [4, "region"],
      [5, "region"],
    ]);
    expect(error.details[2]?.message).toContain("Region Hovedstaden, Region Sjælland");
    const fine = parseReferenceFactsCsv(
      csv(["1900,,,0.01", "2100,Region Nordjylland,300000,0.01"]),
      "ref.csv",
    );
    expect(fine.national.map((n) => n.year)).toEqual([1900, 2100]);
    expect(fine.regions.map((r) => r.region)).toEqual(["Region Nordjylland"]);
  });

  it("refuses an area-facts row whose region is misspelt, naming row and column", () => {
    const [header, ...rows] = readFileSync(
      new URL("../../../data/demo/area-facts.csv", import.meta.url),
      "utf8",
    )
      .trim()
      .split("\n")
      .slice(0, 3);
    const text = [header, rows[0]?.replace("Region Hovedstaden", "Region Hovedstanden"), rows[1]].join("\n");
    const error = refusal(() => parseAreaFactsCsv(text, "f.csv"));
    expect(error.details).toEqual([expect.objectContaining({ row: 2, field: "region" })]);
  });
});

describe("Danish spreadsheets: semicolons, decimal comma, Latin-1", () => {
  const expected = [
    { area_name: "Mjølnerparken", municipality: "København", outside_labour_or_education_18_64: 287.5 },
    { area_name: "Mjølnerparken", outside_labour_or_education_18_64: 231.25 },
    { area_name: "Sjælør Boulevard", outside_labour_or_education_18_64: 251 },
  ];

  it("reads what Danish Excel saves as CSV (semikolonsepareret): Latin-1 bytes, semicolons, decimal comma", () => {
    const facts = parseAreaFactsCsv(bytes("danish-excel-latin1.csv"), "danish-excel-latin1.csv");
    expect(facts).toMatchObject(expected);
    expect(facts[0]).toMatchObject({ year: 2008, residents: 950, residents_18_64: 600 });
  });

  it("reads the same table saved as CSV UTF-8 (with a byte-order mark), from bytes or text", () => {
    expect(parseAreaFactsCsv(bytes("danish-excel-utf8-bom.csv"), "utf8.csv")).toMatchObject(expected);
    expect(parseAreaFactsCsv(fixture("danish-excel-utf8-bom.csv"), "utf8.csv")).toMatchObject(expected);
  });

  it("refuses a Latin-1 file that was read as UTF-8 text before it arrived, saying so", () => {
    const error = refusal(() => parseAreaFactsCsv(fixture("danish-excel-latin1.csv"), "latin1.csv"));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain("latin1.csv: filen er ikke læst rigtigt som UTF-8");
    expect(error.message).toContain("Latin-1");
  });

  it("decimals only where the register counts full-time equivalents, and with the file's own decimal sign", () => {
    const error = refusal(() => parseAreaFactsCsv(bytes("danish-excel-problems.csv"), "problems.csv"));
    expect(error.details.map((d) => [d.row, d.field, d.message])).toEqual([
      [2, "residents", "skal være et helt tal (uden decimaler og tusindtalsseparator)"],
      [
        2,
        "outside_labour_or_education_18_64",
        '"287.5": i en semikolonsepareret fil (dansk Excel) er komma decimaltegn; punktum kan være en tusindtalsseparator og læses ikke',
      ],
      [3, "outside_labour_or_education_18_64", "må ikke være negativ"],
    ]);
    const comma = [
      "year,area_id,area_name,municipality,department_id,residents,residents_18_64,outside_labour_market_18_64,outside_labour_or_education_18_64",
      "2008,a,A,København,a-1,1000,600,300,287.5",
    ].join("\n");
    expect(parseAreaFactsCsv(comma, "comma.csv")[0]?.outside_labour_or_education_18_64).toBe(287.5);
    const inAPersonCount = comma.replace(",300,287.5", ",300.5,287");
    expect(refusal(() => parseAreaFactsCsv(inAPersonCount, "count.csv")).details[0]).toMatchObject({
      field: "outside_labour_market_18_64",
      message: "skal være et helt tal (uden decimaler og tusindtalsseparator)",
    });
  });

  it("reads plain counts of any length up to a safe integer, refuses an empty residents, and leaves out an empty optional count", () => {
    const header =
      "year,area_id,area_name,municipality,department_id,residents,residents_18_64,outside_labour_market_18_64";
    const file = (...rows: string[]) => [header, ...rows].join("\n");
    const [facts] = parseAreaFactsCsv(file("2008,a,A,København,a-1,01200,600,"), "f.csv");
    expect(facts).toMatchObject({ residents: 1200, residents_18_64: 600 });
    expect(facts).not.toHaveProperty("outside_labour_market_18_64");
    // 15 digits are read digit by digit, 16 as text: the same number either way while it is safe.
    expect(
      parseAreaFactsCsv(
        file("2008,a,A,København,a-1,999999999999999,1,", "2009,a,A,København,a-1,9007199254740991,1,"),
        "f.csv",
      ).map((f) => f.residents),
    ).toEqual([999_999_999_999_999, 9_007_199_254_740_991]);
    const empty = refusal(() =>
      parseAreaFactsCsv(
        file("2008,a,A,København,a-1,,600,", "2008,a,A,København,a-2,9007199254740993,1,"),
        "f.csv",
      ),
    );
    expect(empty.details.map((d) => [d.row, d.field, d.message])).toEqual([
      [2, "residents", "må ikke være tom"],
      [3, "residents", "tallet er for stort"],
    ]);
  });

  it("reads Danish Excel reference facts with a decimal comma", () => {
    const reference = parseReferenceFactsCsv(bytes("danish-excel-reference.csv"), "reference.csv");
    expect(reference.national[0]?.national_conviction_share_18_plus).toEqual(rational(123, 10_000));
    expect(reference.regions[0]?.region_mean_gross_income_15_64_excl_students).toEqual(rational(624_691, 2));
  });
});
