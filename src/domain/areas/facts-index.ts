import { DomainError } from "../errors.ts";
import type { Texts } from "../language.ts";
import type { DepartmentYearFacts, FactColumn } from "./department-year-facts.ts";

/** Facts grouped by area and year: an area is the set of department rows with the same area_id. */
export type FactsIndex = ReadonlyMap<string, ReadonlyMap<number, readonly DepartmentYearFacts[]>>;

/** The facts by area and year; with `years`, only the rows of those years (what a rule reads). */
export function indexFacts(
  facts: readonly DepartmentYearFacts[],
  years?: { readonly from: number; readonly to: number },
): FactsIndex {
  const index = new Map<string, Map<number, DepartmentYearFacts[]>>();
  for (const row of facts) {
    if (years !== undefined && (row.year < years.from || row.year > years.to)) continue;
    let byYear = index.get(row.area_id);
    if (byYear === undefined) {
      byYear = new Map();
      index.set(row.area_id, byYear);
    }
    const rows = byYear.get(row.year);
    if (rows === undefined) byYear.set(row.year, [row]);
    else rows.push(row);
  }
  return index;
}

export function rowsOf(index: FactsIndex, areaId: string, year: number): readonly DepartmentYearFacts[] {
  return index.get(areaId)?.get(year) ?? [];
}

function missing(message: Texts, field: string, detail: Texts): DomainError {
  return new DomainError("missing_fact", message, [{ field, message: detail.da, en: detail.en }]);
}

/**
 * An area has no rows for a year the rule version reads (its history is too short for a
 * multi-year average, or for an earlier list). It concerns that area only: the classification
 * reports the area as "kan ikke vurderes" and classifies the others.
 */
export class MissingFactsYear extends DomainError {
  readonly areaId: string;
  readonly year: number;
  readonly yearsRead: readonly number[];
  readonly ruleVersionId: string;
  /** Set when the year is read for an earlier list ("N consecutive years"), e.g. "listen 2017". */
  forList?: number;

  constructor(
    areaId: string,
    year: number,
    yearsRead: readonly number[],
    columns: readonly string[],
    ruleVersionId: string,
  ) {
    super(
      "missing_fact",
      {
        da: `Fakta for år ${year} mangler for område ${areaId} (kolonnerne ${columns.join(", ")}); regelversion ${ruleVersionId} læser årene ${yearsRead.join(", ")}`,
        en: `Facts for ${year} are missing for area ${areaId} (the columns ${columns.join(", ")}); rule version ${ruleVersionId} reads the years ${yearsRead.join(", ")}`,
      },
      [{ field: columns[0] ?? "year", message: `år ${year} mangler`, en: `${year} is missing` }],
    );
    this.areaId = areaId;
    this.year = year;
    this.yearsRead = yearsRead;
    this.ruleVersionId = ruleVersionId;
  }
}

/**
 * Refuses before computing anything when a column or a year a rule version reads is missing,
 * naming the column, the year, the area and the rule version. A missing year is a
 * MissingFactsYear (that area only); a missing column in a year that is there is a data error.
 */
export function requireFacts(
  index: FactsIndex,
  areaId: string,
  factsYear: number,
  offsets: readonly number[],
  columns: { readonly current: readonly FactColumn[]; readonly averaged: readonly FactColumn[] },
  ruleVersionId: string,
): void {
  for (const offset of offsets) {
    const year = factsYear + offset;
    const rows = rowsOf(index, areaId, year);
    const needed = offset === 0 ? [...new Set([...columns.current, ...columns.averaged])] : columns.averaged;
    if (rows.length === 0 && needed.length > 0) {
      const yearsRead = offsets.map((o) => factsYear + o);
      throw new MissingFactsYear(areaId, year, yearsRead, needed, ruleVersionId);
    }
    for (const column of needed) {
      const row = rows.find((r) => r[column] === undefined || r[column] === null || r[column] === "");
      if (row) {
        throw missing(
          {
            da: `Kolonnen ${column} mangler for år ${year} (område ${areaId}, afdeling ${row.department_id}); regelversion ${ruleVersionId} læser den`,
            en: `The column ${column} is missing for ${year} (area ${areaId}, department ${row.department_id}); rule version ${ruleVersionId} reads it`,
          },
          column,
          { da: `mangler for år ${year}`, en: `missing for ${year}` },
        );
      }
    }
  }
}
