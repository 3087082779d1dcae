import { formatDate } from "../format.ts";
import type { IsoDate } from "../law/iso-date.ts";
import type { ParameterSet } from "../law/parameter.ts";
import { type AreaClassification, type Classification, classifyAreas } from "./classify-areas.ts";
import type { DepartmentYearFacts, ReferenceFacts } from "./department-year-facts.ts";
import type { PublishedListEntry } from "./published-list.ts";
import type { ListKind } from "./rule-version.ts";
import { ruleVersionFor } from "./rule-versions.ts";

/**
 * Separates a change in a list between two dates into the effect of the rule change and the
 * effect of real change in the areas (DOMAIN.md §5):
 *   A = old rules on old facts, B = new rules on old facts, C = new rules on new facts;
 *   rule-change effect = B − A, real-change effect = C − B, and A + rule + real = C per area.
 * "Old facts" are the facts year of the list in force on `fromDate` (facts-year.ts). For
 * 31 Dec 2009 → 1 Jan 2010 both dates use 2008, so the whole change is the rule change.
 * In B, "N consecutive years" categories look at the lists before the old facts year: the
 * earlier lists move with an overridden facts year (classify-areas.ts).
 */
export interface ListChangeInput {
  readonly listKind: ListKind;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly facts: readonly DepartmentYearFacts[];
  readonly params: ParameterSet;
  readonly referenceFacts?: ReferenceFacts;
  readonly publishedLists?: readonly PublishedListEntry[];
}

export type Effect = -1 | 0 | 1;

export interface AreaAttribution {
  readonly areaId: string;
  readonly areaName: string;
  readonly oldRulesOldFacts: boolean;
  readonly newRulesOldFacts: boolean;
  readonly newRulesNewFacts: boolean;
  readonly ruleChangeEffect: Effect;
  readonly realChangeEffect: Effect;
  readonly explanation: string;
}

interface Side {
  readonly date: IsoDate;
  readonly ruleVersionId: string;
  readonly factsYear: number;
  readonly listed: number;
}

export interface ListChangeAttribution {
  readonly listKind: ListKind;
  readonly before: Side;
  readonly counterfactual: Side;
  readonly after: Side;
  readonly ruleChangeEffect: number;
  readonly realChangeEffect: number;
  readonly areas: readonly AreaAttribution[];
  /** One Danish paragraph for the committee report. */
  readonly summary: string;
}

function side(classification: Classification): Side {
  return {
    date: classification.date,
    ruleVersionId: classification.ruleVersion.id,
    factsYear: classification.factsYear,
    listed: classification.areas.filter((a) => a.listed).length,
  };
}

function effect(from: boolean, to: boolean): Effect {
  return from === to ? 0 : to ? 1 : -1;
}

const onOff = (listed: boolean) => (listed ? "på listen" : "ikke på listen");

function explain(a: Omit<AreaAttribution, "explanation">): string {
  const rule =
    a.ruleChangeEffect === 0
      ? "regelændringen alene ændrer intet"
      : a.ruleChangeEffect > 0
        ? "kommer på listen alene på grund af regelændringen"
        : "falder af listen alene på grund af regelændringen";
  const real =
    a.realChangeEffect === 0
      ? "ingen virkning af reelle ændringer i området"
      : a.realChangeEffect > 0
        ? "kommer på listen på grund af reelle ændringer i området"
        : "falder af listen på grund af reelle ændringer i området";
  return `${a.areaName}: ${onOff(a.oldRulesOldFacts)} før; ${rule}; ${real}; ${onOff(a.newRulesNewFacts)} efter.`;
}

function names(
  areas: readonly AreaAttribution[],
  pick: (a: AreaAttribution) => Effect,
  sign: Effect,
): string {
  const picked = areas.filter((a) => pick(a) === sign).map((a) => a.areaName);
  return picked.length === 0 ? "" : ` (${picked.join(", ")})`;
}

function effectSentence(areas: readonly AreaAttribution[], pick: (a: AreaAttribution) => Effect): string {
  const added = areas.filter((a) => pick(a) > 0).length;
  const removed = areas.filter((a) => pick(a) < 0).length;
  if (added === 0 && removed === 0) return "ændrer intet";
  const parts = [];
  if (added > 0)
    parts.push(`bringer ${added} ${added === 1 ? "område" : "områder"} på listen${names(areas, pick, 1)}`);
  if (removed > 0)
    parts.push(`tager ${removed} ${removed === 1 ? "område" : "områder"} af listen${names(areas, pick, -1)}`);
  return parts.join(" og ");
}

export function attributeListChange(input: ListChangeInput): ListChangeAttribution {
  const oldVersion = ruleVersionFor(input.listKind, input.fromDate);
  const newVersion = ruleVersionFor(input.listKind, input.toDate);
  const run = (version: typeof oldVersion, date: IsoDate, factsYear?: number) =>
    classifyAreas(
      version,
      input.facts,
      factsYear === undefined ? { date } : { date, factsYear },
      input.params,
      input.referenceFacts,
      input.publishedLists,
    );
  const before = run(oldVersion, input.fromDate);
  const counterfactual = run(newVersion, input.toDate, before.factsYear);
  const after = run(newVersion, input.toDate);
  const lookup = (c: Classification) =>
    new Map<string, AreaClassification>(c.areas.map((a) => [a.areaId, a]));
  const [a, b, c] = [lookup(before), lookup(counterfactual), lookup(after)];
  const ids = [...new Set([...a.keys(), ...c.keys()])];
  // An area that cannot be assessed on one of the three lists has no effect to attribute.
  const unassessed = ids.flatMap((areaId) => {
    const missing = [a, b, c].map((m) => m.get(areaId)).find((x) => x !== undefined && !x.assessable);
    return missing ? [missing] : [];
  });
  const areas = ids
    .filter((areaId) => !unassessed.some((u) => u.areaId === areaId))
    .map((areaId) => {
      const name = (c.get(areaId) ?? a.get(areaId))?.areaName ?? areaId;
      const listed = [a, b, c].map((m) => m.get(areaId)?.listed ?? false) as [boolean, boolean, boolean];
      const row = {
        areaId,
        areaName: name,
        oldRulesOldFacts: listed[0],
        newRulesOldFacts: listed[1],
        newRulesNewFacts: listed[2],
        ruleChangeEffect: effect(listed[0], listed[1]),
        realChangeEffect: effect(listed[1], listed[2]),
      };
      return { ...row, explanation: explain(row) };
    })
    .sort((x, y) => x.areaName.localeCompare(y.areaName, "da"));
  const sum = (pick: (x: AreaAttribution) => Effect) => areas.reduce((s, x) => s + pick(x), 0);
  const ruleChangeEffect = sum((x) => x.ruleChangeEffect);
  const realChangeEffect = sum((x) => x.realChangeEffect);
  const sameYear = before.factsYear === after.factsYear;
  const summary = [
    `Listen gik fra ${side(before).listed} til ${side(after).listed} områder fra ${formatDate(input.fromDate)} til ${formatDate(input.toDate)}.`,
    `Regelændringen (${oldVersion.id} → ${newVersion.id}, nye regler på fakta for ${before.factsYear}) ${effectSentence(areas, (x) => x.ruleChangeEffect)}.`,
    sameYear
      ? `Begge lister bygger på fakta for ${before.factsYear}, så ingen del af ændringen skyldes reelle ændringer i områderne.`
      : `Reelle ændringer i områderne (samme regler, fakta for ${before.factsYear} → ${after.factsYear}) ${effectSentence(areas, (x) => x.realChangeEffect)}.`,
    ...(unassessed.length === 0
      ? []
      : [
          `Kan ikke vurderes og er ikke med: ${unassessed.map((u) => `${u.areaName} (fakta for ${u.notAssessable?.missingYear} mangler)`).join(", ")}.`,
        ]),
  ].join(" ");
  return {
    listKind: input.listKind,
    before: side(before),
    counterfactual: side(counterfactual),
    after: side(after),
    ruleChangeEffect,
    realChangeEffect,
    areas,
    summary,
  };
}
