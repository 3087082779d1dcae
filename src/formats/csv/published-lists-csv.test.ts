import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.ts";
import { parsePublishedListsCsv } from "./published-lists-csv.ts";

const HEADER = "list_kind,year,area_id,category,source";

describe("published lists CSV", () => {
  it("reads the lists as the ministry published them", () => {
    const rows = parsePublishedListsCsv(
      `${HEADER}\nvulnerable_areas,2018,mjoelnerparken,haardt_ghettoomraade,Liste 1. december 2018\ncombined_letting,2010,bispeparken,kombineret_udlejning,Liste 21. december 2009\n`,
      "lister.csv",
    );
    expect(rows).toEqual([
      {
        listKind: "vulnerable_areas",
        year: 2018,
        areaId: "mjoelnerparken",
        category: "haardt_ghettoomraade",
        source: "Liste 1. december 2018",
      },
      {
        listKind: "combined_letting",
        year: 2010,
        areaId: "bispeparken",
        category: "kombineret_udlejning",
        source: "Liste 21. december 2009",
      },
    ]);
  });

  it("names every problem by row and column and returns nothing", () => {
    const text = `${HEADER}\nghetto,2018,a,ghettoomraade,x\nvulnerable_areas,18,b,ghettoomraade,x\nvulnerable_areas,2018,c,slum,\nvulnerable_areas,2018,d,ghettoomraade,x\nvulnerable_areas,2018,d,ghettoomraade,x\n`;
    try {
      parsePublishedListsCsv(text, "lister.csv");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const details = (error as DomainError).details.map((d) => `${d.row}:${d.field}`);
      expect(details).toEqual(["2:list_kind", "3:year", "4:category", "4:source", "6:area_id"]);
    }
  });

  it("refuses a file without the required columns", () => {
    expect(() => parsePublishedListsCsv("list_kind,year,area_id\n", "lister.csv")).toThrow(
      /intet er indlæst/,
    );
  });
});
