import { addDays, type IsoDate } from "../../law/iso-date.ts";
import type { ParameterSet } from "../../law/parameter.ts";
import { ParameterReader } from "../../law/parameter-reader.ts";
import { listInForce } from "../facts-year.ts";
import type { ListKind, RuleVersion } from "../rule-version.ts";
import { ruleVersionOn } from "../rule-versions.ts";

/** One list of a kind: the rule version it follows, when it takes effect, and its facts year. */
export interface ListOfKind {
  readonly listKind: ListKind;
  readonly version: RuleVersion;
  /** The first day this list is the one in force (a publication day, or a new version's first day). */
  readonly effectiveDate: IsoDate;
  /** Its publication day by the convention (`listInForce`); may be before `effectiveDate`. */
  readonly publicationDate: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
}

/** How far ahead the next list is looked for: every list kind publishes at least once a year. */
export const NEXT_LIST_HORIZON_DAYS = 3 * 366;

function listOn(
  kind: ListKind,
  date: IsoDate,
  params: ParameterSet,
): Omit<ListOfKind, "effectiveDate"> | undefined {
  const version = ruleVersionOn(kind, date);
  if (!version) return undefined;
  const list = listInForce(new ParameterReader(params, date), version, date);
  return { listKind: kind, version, ...list };
}

const sameList = (a: Omit<ListOfKind, "effectiveDate"> | undefined, b: Omit<ListOfKind, "effectiveDate">) =>
  a !== undefined && a.version.id === b.version.id && a.publicationDate === b.publicationDate;

/**
 * The list of `kind` in force on `date` (undefined when no rule version of the kind is in force)
 * and the next one: the first day after `date` on which the list in force changes, either a
 * yearly publication day or the first day of a new rule version (the combined-letting list of
 * 21 December 2009 takes effect with the 2010 rule on 1 January 2010). The next list is
 * undefined when none comes within NEXT_LIST_HORIZON_DAYS.
 */
export function listsAround(
  kind: ListKind,
  date: IsoDate,
  params: ParameterSet,
): { readonly current: ListOfKind | undefined; readonly next: ListOfKind | undefined } {
  const now = listOn(kind, date, params);
  // The effective date of the current list: walk back to the day it started (at most a year and a bit).
  let current: ListOfKind | undefined;
  if (now) {
    let start = date;
    for (let i = 0; i < NEXT_LIST_HORIZON_DAYS; i++) {
      const before = addDays(start, -1);
      if (!sameList(listOn(kind, before, params), now)) break;
      start = before;
    }
    current = { ...now, effectiveDate: start };
  }
  for (let i = 1; i <= NEXT_LIST_HORIZON_DAYS; i++) {
    const day = addDays(date, i);
    const list = listOn(kind, day, params);
    if (list && !sameList(now, list)) return { current, next: { ...list, effectiveDate: day } };
  }
  return { current, next: undefined };
}
