import { DomainError } from "../errors.ts";
import type { Texts } from "../language.ts";
import { DECIMAL_SCALE, scaledOf } from "../law/scaled-decimal.ts";
import { regionOf, total } from "./area-measures.ts";
import {
  type CountColumn,
  countColumns,
  type DepartmentYearFacts,
  type FactColumn,
} from "./department-year-facts.ts";

/** Where each count column's sum sits in an area-year's array of sums. */
const columnSlot = Object.fromEntries(countColumns.map((column, slot) => [column, slot])) as Readonly<
  Record<CountColumn, number>
>;

/**
 * One area's department rows in one year, and their sums. The first sum asked walks the rows
 * once and sums every count column exactly, in ten-thousandths (scaled-decimal.ts), and keeps
 * them: a classification reads a dozen sums of an area-year (and the lists before it read the
 * same years again), and later classifications of the same facts read them without walking.
 * A sum that cannot be kept exactly that way (a missing value, more than four decimals) is
 * left to `total`, which names the missing value or adds in rationals.
 */
export class AreaYearFacts {
  readonly rows: readonly DepartmentYearFacts[];
  /** Scaled sums by column slot; NaN where `total` must answer. */
  #sums: Float64Array | undefined;
  #region: string | undefined;

  constructor(rows: readonly DepartmentYearFacts[]) {
    this.rows = rows;
  }

  /** The sum of a count over the departments (classify-areas.ts has checked it is there). */
  total(column: CountColumn): number {
    const scaled = this.scaledTotal(column);
    return Number.isNaN(scaled) ? total(this.rows, column) : scaled / DECIMAL_SCALE;
  }

  /** The sum in ten-thousandths (an integer), or NaN where only `total` can answer. */
  scaledTotal(column: CountColumn): number {
    this.#sums ??= scaledSums(this.rows);
    return this.#sums[columnSlot[column]] as number;
  }

  /** The one region of the departments (the income criterion compares with it). */
  region(areaId: string): string {
    this.#region ??= regionOf(this.rows, areaId);
    return this.#region;
  }

  /** The first row without a value in `column`, if any. */
  rowMissing(column: FactColumn): DepartmentYearFacts | undefined {
    if (column !== "region") {
      this.#sums ??= scaledSums(this.rows);
      // A sum is only kept when every row had the value.
      if (!Number.isNaN(this.#sums[columnSlot[column]])) return undefined;
    }
    return this.rows.find((r) => r[column] === undefined || r[column] === null || r[column] === "");
  }
}

function scaledSums(rows: readonly DepartmentYearFacts[]): Float64Array {
  const sums = new Float64Array(countColumns.length);
  for (const row of rows) {
    for (let slot = 0; slot < countColumns.length; slot++) {
      const value = row[countColumns[slot] as CountColumn];
      const scaled = value === undefined || value === null ? undefined : scaledOf(value);
      const sum = (sums[slot] as number) + (scaled ?? Number.NaN);
      sums[slot] = Number.isSafeInteger(sum) ? sum : Number.NaN;
    }
  }
  return sums;
}

/** An area-year without rows (the area has no facts that year). */
export const noAreaYearFacts = new AreaYearFacts([]);

/** Facts grouped by area and year: an area is the set of department rows with the same area_id. */
export type FactsIndex = ReadonlyMap<string, ReadonlyMap<number, AreaYearFacts>>;

/**
 * The index of a facts table, made once per table: every classification of the same facts (each
 * rule version, date and earlier list, each request while the facts are unchanged) shares its
 * grouping and its sums. Facts tables are read-only; the length guards against one that grew.
 */
const indexes = new WeakMap<
  readonly DepartmentYearFacts[],
  { readonly rows: number; readonly index: FactsIndex }
>();

/** The facts by area and year. */
export function indexFacts(facts: readonly DepartmentYearFacts[]): FactsIndex {
  const known = indexes.get(facts);
  if (known !== undefined && known.rows === facts.length) return known.index;
  const grouped = new Map<string, Map<number, DepartmentYearFacts[]>>();
  for (const row of facts) {
    let byYear = grouped.get(row.area_id);
    if (byYear === undefined) {
      byYear = new Map();
      grouped.set(row.area_id, byYear);
    }
    const rows = byYear.get(row.year);
    if (rows === undefined) byYear.set(row.year, [row]);
    else rows.push(row);
  }
  const index: FactsIndex = new Map(
    [...grouped].map(([areaId, byYear]) => [
      areaId,
      new Map([...byYear].map(([year, rows]) => [year, new AreaYearFacts(rows)])),
    ]),
  );
  indexes.set(facts, { rows: facts.length, index });
  return index;
}

/** The area's facts in a year (no rows when it has none). */
export function areaYearFacts(index: FactsIndex, areaId: string, year: number): AreaYearFacts {
  return index.get(areaId)?.get(year) ?? noAreaYearFacts;
}

export function rowsOf(index: FactsIndex, areaId: string, year: number): readonly DepartmentYearFacts[] {
  return areaYearFacts(index, areaId, year).rows;
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
    const facts = areaYearFacts(index, areaId, year);
    const current = offset === 0 ? columns.current : noColumns;
    if (facts.rows.length === 0 && current.length + columns.averaged.length > 0) {
      const yearsRead = offsets.map((o) => factsYear + o);
      const needed = [...new Set([...current, ...columns.averaged])];
      throw new MissingFactsYear(areaId, year, yearsRead, needed, ruleVersionId);
    }
    for (const column of current) requireColumn(facts, column, year, areaId, ruleVersionId);
    for (const column of columns.averaged) {
      if (!current.includes(column)) requireColumn(facts, column, year, areaId, ruleVersionId);
    }
  }
}

const noColumns: readonly FactColumn[] = [];

function requireColumn(
  facts: AreaYearFacts,
  column: FactColumn,
  year: number,
  areaId: string,
  ruleVersionId: string,
): void {
  const row = facts.rowMissing(column);
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
