import type { IsoDate } from "../law/iso-date.ts";
import type { ParameterReader } from "../law/parameter-reader.ts";
import type { RuleVersion } from "./rule-version.ts";

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
 * How many years before its facts year a classification that reads earlier lists may read:
 * earlier lists for "N years in a row" (4 preceding lists in the 2018 and 2021 rules) and
 * multi-year averages (up to 4 years) on each of them, with room to spare. A test classifies every
 * rule version on the demo facts with and without this window and finds the same lists; a rule
 * that reads further back must raise it.
 */
export const FACTS_LOOKBACK_YEARS = 12;

/**
 * The facts years a classification on `date` (or with the facts year given) reads: for a version
 * that reads no earlier list, exactly its own year offsets (a combined-letting list reads one
 * year, not thirteen: at national scale that read was most of a command-line call).
 */
export function factsYearsRead(
  reader: ParameterReader,
  version: Pick<RuleVersion, "publicationDayParameter" | "readsPriorLists" | "requiredYearOffsets">,
  date: IsoDate,
  factsYear?: number,
): { readonly from: number; readonly to: number } {
  const to = factsYear ?? listInForce(reader, version, date).factsYear;
  const back = version.readsPriorLists
    ? FACTS_LOOKBACK_YEARS
    : Math.max(0, ...version.requiredYearOffsets(reader).map((offset) => -offset));
  return { from: to - back, to };
}
