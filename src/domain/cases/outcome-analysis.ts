import type { IsoDate } from "../law/iso-date.ts";
import { isSmallCount, MINIMUM_CELL_PERSONS } from "../statistics/disclosure.ts";
import type { OutcomeParameter } from "./levels.ts";

/**
 * Outcome monitoring (DOMAIN.md §7): how the young persons' scores on each parameter change
 * after an intervention, and how that compares with young persons without it.
 *
 * Method, per intervention type T and parameter P:
 * - Treated: each young person who received T and has an assessment on or before T's start
 *   (the baseline: the latest such) and one after it (the follow-up: the latest after the
 *   baseline). Change = follow-up score − baseline score.
 * - Comparison pool: each young person who never received T and has two or more assessments;
 *   baseline = the first, follow-up = the last.
 * - Matching: each treated person is paired with the comparison person of the nearest baseline
 *   score on P (at most `maxScoreDistance` apart) and, among those, the nearest age at baseline
 *   (at most `maxAgeDistance` years apart); ties go to the lower id, and a comparison person may be
 *   used more than once (matching with replacement). Treated persons without a match are counted
 *   as unmatched and left out of the comparison.
 * - Estimates: the mean change of the treated with a 95 % confidence interval (Student t on the
 *   changes), and the mean of the paired differences (treated change − matched change): the
 *   estimated effect of T on P. Its interval allows for the reuse of comparison persons: with
 *   n matched treated and comparison person j used w_j times, Var = s_t²/n + s_c²·Σw_j²/n², where
 *   s_t² is the variance of the treated changes and s_c² that of the comparison persons' changes
 *   (each person once); t quantile with n − 1 degrees of freedom. Treating the pairs as
 *   independent instead would make the interval too narrow when one person is matched often.
 * - Disclosure: a cell with fewer than 5 persons shows its count only (`suppressed`).
 *
 * Raw score changes are reported; whether up is good is the parameter's `higherIsBetter`.
 */
export interface ScoredAssessment {
  readonly personId: number;
  readonly assessedOn: IsoDate;
  readonly scores: Readonly<Record<string, number>>;
}

export interface ReceivedIntervention {
  readonly personId: number;
  readonly type: string;
  readonly startedOn: IsoDate;
}

export interface AnalysisInput {
  readonly parameters: readonly OutcomeParameter[];
  readonly interventionTypes: readonly { readonly key: string; readonly name: string }[];
  readonly birthYears: ReadonlyMap<number, number>;
  readonly assessments: readonly ScoredAssessment[];
  readonly interventions: readonly ReceivedIntervention[];
}

export interface Quantile {
  /** The p-quantile of Student's t with `df` degrees of freedom. */
  quantile(p: number, df: number): number;
}

export interface Estimate {
  readonly n: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

export type OutcomeCell =
  | {
      readonly intervention: string;
      readonly parameter: string;
      readonly higherIsBetter: boolean;
      readonly suppressed: false;
      readonly treated: Estimate;
      /**
       * `n` and `unmatched` are "under_minimum" when the unmatched are 1 to minimum − 1 persons:
       * either would give the other as treated n minus it.
       */
      readonly matched: (Omit<Estimate, "n"> & { readonly n: number | "under_minimum" }) | null;
      readonly unmatched: number | "under_minimum";
    }
  | {
      readonly intervention: string;
      readonly parameter: string;
      readonly higherIsBetter: boolean;
      readonly suppressed: true;
      /** Below the minimum: shown as "under 5", never as the number. */
      readonly n: "under_minimum";
    };

export const MATCHING = { maxScoreDistance: 1, maxAgeDistance: 2 } as const;

/** Mean and 95 % confidence interval (Student t); n ≥ 2. */
export function meanWithInterval(values: readonly number[], t: Quantile): Estimate {
  const n = values.length;
  const mean = average(values);
  if (n < 2) return { n, mean, ciLow: Number.NaN, ciHigh: Number.NaN };
  const half = t.quantile(0.975, n - 1) * Math.sqrt(sampleVariance(values) / n);
  return { n, mean, ciLow: mean - half, ciHigh: mean + half };
}

function average(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = average(values);
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
}

/** The matched effect and its interval, allowing for comparison persons used more than once. */
function matchedEstimate(
  pairs: readonly { readonly treated: number; readonly control: number; readonly controlId: number }[],
  t: Quantile,
): Estimate {
  const n = pairs.length;
  const mean = average(pairs.map((p) => p.treated - p.control));
  const uses = new Map<number, { readonly change: number; count: number }>();
  for (const p of pairs) {
    const use = uses.get(p.controlId);
    if (use === undefined) uses.set(p.controlId, { change: p.control, count: 1 });
    else use.count += 1;
  }
  const sumSquaredUses = [...uses.values()].reduce((s, u) => s + u.count ** 2, 0);
  const variance =
    sampleVariance(pairs.map((p) => p.treated)) / n +
    (sampleVariance([...uses.values()].map((u) => u.change)) * sumSquaredUses) / n ** 2;
  const half = t.quantile(0.975, n - 1) * Math.sqrt(variance);
  return { n, mean, ciLow: mean - half, ciHigh: mean + half };
}

interface Spell {
  readonly personId: number;
  readonly baseline: ScoredAssessment;
  readonly followUp: ScoredAssessment;
  readonly age: number;
}

function byPerson(assessments: readonly ScoredAssessment[]): Map<number, ScoredAssessment[]> {
  const map = new Map<number, ScoredAssessment[]>();
  for (const a of assessments) map.set(a.personId, [...(map.get(a.personId) ?? []), a]);
  for (const list of map.values()) list.sort((x, y) => x.assessedOn.localeCompare(y.assessedOn));
  return map;
}

function ageAt(input: AnalysisInput, personId: number, date: IsoDate): number {
  return Number(date.slice(0, 4)) - (input.birthYears.get(personId) ?? Number.NaN);
}

function treatedSpell(
  input: AnalysisInput,
  list: readonly ScoredAssessment[],
  start: IsoDate,
): Spell | undefined {
  const before = list.filter((a) => a.assessedOn <= start);
  const baseline = before.at(-1);
  const followUp = list.at(-1);
  if (baseline === undefined || followUp === undefined || followUp.assessedOn <= baseline.assessedOn)
    return undefined;
  return {
    personId: baseline.personId,
    baseline,
    followUp,
    age: ageAt(input, baseline.personId, baseline.assessedOn),
  };
}

function poolSpell(input: AnalysisInput, list: readonly ScoredAssessment[]): Spell | undefined {
  const [baseline, followUp] = [list[0], list.at(-1)];
  if (baseline === undefined || followUp === undefined || list.length < 2) return undefined;
  return {
    personId: baseline.personId,
    baseline,
    followUp,
    age: ageAt(input, baseline.personId, baseline.assessedOn),
  };
}

const change = (s: Spell, key: string) =>
  (s.followUp.scores[key] ?? Number.NaN) - (s.baseline.scores[key] ?? Number.NaN);

function nearest(treated: Spell, pool: readonly Spell[], key: string): Spell | undefined {
  const score = treated.baseline.scores[key] ?? Number.NaN;
  let best: { spell: Spell; distance: [number, number] } | undefined;
  for (const candidate of pool) {
    const scoreDistance = Math.abs((candidate.baseline.scores[key] ?? Number.NaN) - score);
    const ageDistance = Math.abs(candidate.age - treated.age);
    if (!(scoreDistance <= MATCHING.maxScoreDistance && ageDistance <= MATCHING.maxAgeDistance)) continue;
    const distance: [number, number] = [scoreDistance, ageDistance];
    if (
      best === undefined ||
      distance[0] < best.distance[0] ||
      (distance[0] === best.distance[0] && distance[1] < best.distance[1])
    ) {
      best = { spell: candidate, distance };
    }
  }
  return best?.spell;
}

/** The matched count and the unmatched as published: a small number of unmatched is withheld with its complement. */
function withheldUnmatched(
  matched: Estimate | null,
  unmatched: number,
  minimum: number,
): Pick<Extract<OutcomeCell, { suppressed: false }>, "matched" | "unmatched"> {
  if (!isSmallCount(unmatched, minimum)) return { matched, unmatched };
  return {
    matched: matched === null ? null : { ...matched, n: "under_minimum" },
    unmatched: "under_minimum",
  };
}

/** One cell per intervention type and parameter, in the catalogue's order. */
export function analyseOutcomes(
  input: AnalysisInput,
  t: Quantile,
  minimum = MINIMUM_CELL_PERSONS,
): OutcomeCell[] {
  const assessments = byPerson(input.assessments);
  const cells: OutcomeCell[] = [];
  for (const type of input.interventionTypes) {
    const starts = new Map<number, IsoDate>();
    for (const i of input.interventions) {
      if (i.type !== type.key) continue;
      const earlier = starts.get(i.personId);
      if (earlier === undefined || i.startedOn < earlier) starts.set(i.personId, i.startedOn);
    }
    const treated = [...starts].flatMap(([personId, start]) => {
      const spell = treatedSpell(input, assessments.get(personId) ?? [], start);
      return spell === undefined ? [] : [spell];
    });
    const pool = [...assessments]
      .filter(([personId]) => !starts.has(personId))
      .flatMap(([, list]) => {
        const spell = poolSpell(input, list);
        return spell === undefined ? [] : [spell];
      })
      .sort((a, b) => a.personId - b.personId);
    for (const parameter of input.parameters) {
      const base = {
        intervention: type.key,
        parameter: parameter.key,
        higherIsBetter: parameter.higherIsBetter,
      };
      const scored = treated.filter((s) => Number.isFinite(change(s, parameter.key)));
      if (scored.length < minimum) {
        cells.push({ ...base, suppressed: true, n: "under_minimum" });
        continue;
      }
      const pairs: { treated: number; control: number; controlId: number }[] = [];
      for (const s of scored) {
        const match = nearest(s, pool, parameter.key);
        if (match !== undefined) {
          pairs.push({
            treated: change(s, parameter.key),
            control: change(match, parameter.key),
            controlId: match.personId,
          });
        }
      }
      cells.push({
        ...base,
        suppressed: false,
        treated: meanWithInterval(
          scored.map((s) => change(s, parameter.key)),
          t,
        ),
        ...withheldUnmatched(
          pairs.length >= minimum ? matchedEstimate(pairs, t) : null,
          scored.length - pairs.length,
          minimum,
        ),
      });
    }
  }
  return cells;
}
