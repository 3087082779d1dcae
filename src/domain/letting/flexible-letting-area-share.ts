import type { AreaFactsSource } from "../areas/area-facts-source.ts";
import { DomainError } from "../errors.ts";
import { type IsoDate, yearOf } from "../law/iso-date.ts";
import type { AreaShareOutside } from "./flexible-letting.ts";

/**
 * The share of an area's residents 18-64 outside the labour market, when the caseworker does
 * not give it: the area's latest facts year before the vacancy's year (the same "facts of the
 * year before" convention as the lists), summed over the area's departments.
 */
export function areaShareFromFacts(source: AreaFactsSource, areaId: string, date: IsoDate): AreaShareOutside {
  const rows = source.facts.filter((f) => f.area_id === areaId && f.year < yearOf(date));
  if (rows.length === 0) {
    const known = source.facts.some((f) => f.area_id === areaId);
    throw new DomainError(
      "invalid_input",
      known
        ? {
            da: `Område ${areaId} har ingen fakta før ${yearOf(date)}`,
            en: `Area ${areaId} has no facts before ${yearOf(date)}`,
          }
        : { da: `Område ${areaId} findes ikke i områdefakta`, en: `Area ${areaId} is not in the area facts` },
      [
        {
          field: "vacancy.areaId",
          message: known ? `ingen fakta før ${yearOf(date)}` : `ukendt område "${areaId}"`,
          en: known ? `no facts before ${yearOf(date)}` : `unknown area "${areaId}"`,
        },
      ],
    );
  }
  const factsYear = Math.max(...rows.map((r) => r.year));
  const inYear = rows.filter((r) => r.year === factsYear);
  const missing = inYear.find(
    (r) => r.outside_labour_market_18_64 === undefined || r.residents_18_64 === undefined,
  );
  if (missing) {
    throw new DomainError(
      "missing_fact",
      {
        da: `Område ${areaId}: outside_labour_market_18_64 eller residents_18_64 mangler for ${factsYear}`,
        en: `Area ${areaId}: outside_labour_market_18_64 or residents_18_64 is missing for ${factsYear}`,
      },
      [
        {
          field: "outside_labour_market_18_64",
          message: `mangler for afdeling ${missing.department_id} i ${factsYear}`,
          en: `missing for department ${missing.department_id} in ${factsYear}`,
        },
      ],
    );
  }
  return {
    numerator: inYear.reduce((s, r) => s + (r.outside_labour_market_18_64 ?? 0), 0),
    denominator: inYear.reduce((s, r) => s + (r.residents_18_64 ?? 0), 0),
    factsYear,
  };
}
