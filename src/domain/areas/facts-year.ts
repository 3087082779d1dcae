import type { IsoDate } from "../law/iso-date.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { RuleVersion } from "./rule-version.ts";
import { ruleVersionOn } from "./rule-versions.ts";

/**
 * Which facts a list in force on a date is built on. Convention (documented in the parameters):
 * the list in force on D is the one published on the latest yearly publication day on or before
 * D (a dated month_day parameter per list kind), and it uses the facts of the publication year
 * minus `lister.faktaaar_forskydning` (1). So the combined-letting list in force on 31 Dec 2009
 * (published 1 Jan 2009 by convention) and the list of 21 Dec 2009 in force on 1 Jan 2010 both
 * use the facts of 2008: the seed's "the new list uses the latest facts".
 */
export interface ListInForce {
  readonly publicationDate: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
}

export function listInForce(
  reader: ParameterReader,
  version: Pick<RuleVersion, "publicationDayParameter">,
  date: IsoDate,
): ListInForce {
  const monthDay = reader.text(version.publicationDayParameter);
  const year = Number(date.slice(0, 4));
  const thisYear = `${String(year).padStart(4, "0")}-${monthDay}`;
  const publicationDate = thisYear <= date ? thisYear : `${String(year - 1).padStart(4, "0")}-${monthDay}`;
  const listYear = Number(publicationDate.slice(0, 4));
  return { publicationDate, listYear, factsYear: listYear - reader.number("lister.faktaaar_forskydning") };
}

/**
 * How many years before its facts year a watch list's plan may read (watch/plan.ts): earlier
 * lists for "N years in a row" (4 preceding lists in the 2018 and 2021 rules) and multi-year
 * averages (up to 4 years) on each of them, with room to spare.
 */
export const FACTS_LOOKBACK_YEARS = 12;

/** The years a list is dated by: its list year, its facts year, and the facts year the convention gives. */
export interface ListYears {
  readonly listYear: number;
  readonly factsYear: number;
  /** Differs from `factsYear` when the facts year is overridden (`--year Y`). */
  readonly conventionFactsYear: number;
}

/**
 * The list `back` lists before one ("N years in a row"). Its facts year is this one's minus
 * `back`, also when the facts year is overridden (`--year Y`): the earlier lists then read Y-1,
 * Y-2, …, so no year is counted twice and none is skipped. Its list year moves with the facts
 * year, and the list of a year is the one in force at the end of that year (every list kind
 * publishes once a year, before 31 December), which picks its rule version and the date its
 * parameters are read.
 */
export function earlierList(list: ListYears, back: number): ListYears & { readonly date: IsoDate } {
  const listYear = list.listYear + (list.factsYear - list.conventionFactsYear) - back;
  const factsYear = list.factsYear - back;
  return {
    listYear,
    factsYear,
    conventionFactsYear: factsYear,
    date: `${String(listYear).padStart(4, "0")}-12-31`,
  };
}

/** How many years before its facts year a version reads on a reader's date (0: its own year only). */
function yearsBack(version: Pick<RuleVersion, "requiredYearOffsets">, reader: ParameterReader): number {
  return Math.max(0, ...version.requiredYearOffsets(reader).map((offset) => -offset));
}

/**
 * The facts years a classification on `date` (or with the facts year given) reads: its own year
 * offsets, and for a version that reads earlier lists, the offsets of each earlier list's own
 * rule version on that list's facts year. Exactly these and no more: at national scale the
 * facts read are most of a command-line call (a test classifies every rule version on every
 * list date of the demo facts with and without this window and finds the same lists).
 */
export function factsYearsRead(
  reader: ParameterReader,
  version: Pick<
    RuleVersion,
    "listKind" | "publicationDayParameter" | "priorListsRead" | "requiredYearOffsets"
  >,
  date: IsoDate,
  factsYear?: number,
): { readonly from: number; readonly to: number } {
  const inForce = listInForce(reader, version, date);
  const list: ListYears = {
    listYear: inForce.listYear,
    factsYear: factsYear ?? inForce.factsYear,
    conventionFactsYear: inForce.factsYear,
  };
  let from = list.factsYear - yearsBack(version, reader);
  for (let back = 1; back <= version.priorListsRead(reader); back++) {
    const earlier = earlierList(list, back);
    const earlierVersion = ruleVersionOn(version.listKind, earlier.date);
    if (earlierVersion === undefined) continue;
    const earlierReader = new ParameterReader(reader.params, earlier.date);
    from = Math.min(from, earlier.factsYear - yearsBack(earlierVersion, earlierReader));
  }
  return { from, to: list.factsYear };
}
