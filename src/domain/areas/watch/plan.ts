import { DomainError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import type { Language } from "../../language.ts";
import type { IsoDate } from "../../law/iso-date.ts";
import type { ParameterSet } from "../../law/parameter.ts";
import { FACTS_LOOKBACK_YEARS } from "../facts-year.ts";
import { type ListKind, listKinds, ruleVersionName } from "../rule-version.ts";
import { ruleVersionFor, ruleVersions } from "../rule-versions.ts";
import { type ListOfKind, listsAround } from "./next-list.ts";
import { listKindTexts } from "./watch-texts.ts";

/** A list as the watch list shows it. */
export interface ListSummary {
  readonly ruleVersionId: string;
  readonly ruleVersionName: string;
  readonly effectiveDate: IsoDate;
  readonly publicationDate: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
}

export function summariseList(list: ListOfKind, language: Language = "da"): ListSummary {
  return {
    ruleVersionId: list.version.id,
    ruleVersionName: ruleVersionName(list.version, language),
    effectiveDate: list.effectiveDate,
    publicationDate: list.publicationDate,
    listYear: list.listYear,
    factsYear: list.factsYear,
  };
}

export interface PlannedList {
  readonly listKind: ListKind;
  readonly current: ListOfKind | undefined;
  readonly next: ListOfKind | undefined;
  /**
   * The last facts year known on the date for this list: the facts year of the list in force;
   * without one, the year before the next list's facts year. The projection starts after it.
   */
  readonly knownFactsYear: number;
}

export interface WatchPlan {
  readonly date: IsoDate;
  readonly lists: readonly PlannedList[];
  /** The facts years to load: the trend and the rules' look-back before it, and up to the next lists' facts years (to show what happened). */
  readonly factsYears: { readonly from: number; readonly to: number };
  /** Kinds left out because no rule of theirs is in force and none comes within the horizon. */
  readonly notes: readonly string[];
}

/**
 * Which lists the watch looks at on `date` and which facts it needs. `kind` undefined: every
 * list kind that has a list in force or coming. Refuses (rule_not_in_force) when the chosen kind,
 * or every kind, has neither. The notes are written in `language`.
 */
export function planWatch(
  date: IsoDate,
  kind: ListKind | undefined,
  params: ParameterSet,
  language: Language = "da",
): WatchPlan {
  const all = listKinds.map((k): PlannedList => {
    const { current, next } = listsAround(k, date, params);
    const knownFactsYear = current ? current.factsYear : next ? next.factsYear - 1 : Number.NaN;
    return { listKind: k, current, next, knownFactsYear };
  });
  const chosen = all.filter((l) => (kind === undefined || l.listKind === kind) && (l.current || l.next));
  if (chosen.length === 0) {
    if (kind !== undefined) {
      try {
        // Gives the message naming the kind's first rule version.
        ruleVersionFor(kind, date);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const detail = error.details[0];
        throw new DomainError(
          error.code,
          {
            da: `${error.message}, og ingen ny liste kommer inden for tre år`,
            en: `${error.messageIn("en")}, and no new list comes within three years`,
          },
          [
            {
              field: "rules",
              message: detail?.message ?? `ingen regel for ${kind} den ${date}`,
              en: detail?.en ?? `no rule for ${kind} on ${date}`,
            },
          ],
        );
      }
    }
    const first = [...ruleVersions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Ingen områdeliste har en regel i kraft den ${formatDate(date)} eller en ny liste inden for tre år${first ? `; den første regelversion, ${first.id}, gælder fra ${formatDate(first.effectiveFrom)}` : ""}`,
        en: `No area list has a rule in force on ${formatDate(date, "en")} or a new list within three years${first ? `; the first rule version, ${first.id}, applies from ${formatDate(first.effectiveFrom, "en")}` : ""}`,
      },
      [
        {
          field: "rules",
          message: `ingen regel for områdelister den ${date}`,
          en: `no rule for area lists on ${date}`,
        },
      ],
    );
  }
  const notes = all
    .filter((l) => (kind === undefined || l.listKind === kind) && !l.current && !l.next)
    .map((l) =>
      language === "en"
        ? `The list of ${listKindTexts[l.listKind].en} is left out: no rule is in force on ${formatDate(date, "en")} and no new list comes within three years.`
        : `Listen ${listKindTexts[l.listKind].da} er udeladt: ingen regel i kraft den ${formatDate(date)} og ingen ny liste inden for tre år.`,
    );
  const known = chosen.map((l) => l.knownFactsYear);
  const nextYears = chosen.flatMap((l) => (l.next ? [l.next.factsYear] : []));
  return {
    date,
    lists: chosen,
    factsYears: {
      from: Math.min(...known) - FACTS_LOOKBACK_YEARS,
      to: Math.max(...known, ...nextYears),
    },
    notes,
  };
}
