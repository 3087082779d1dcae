import { DomainError } from "../../errors.ts";
import { COMPUTED_MEASUREMENT_PREFIX } from "../goals/indicator-computation.ts";
import type { Measurement } from "../goals/measurement.ts";
import { periodEnd } from "../goals/period.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import type { ReportingRound } from "./reporting-round.ts";
import type { RoundEdit } from "./round-edits.ts";

/** The measurements computed for one indicator from one batch (ids start with the computed prefix). */
export interface ComputedMeasurements {
  readonly indicatorId: string;
  readonly measurements: readonly Measurement[];
}

/**
 * Whether a computed measurement could be known on the round's date: its period must be over
 * before the report is dated. A 2010 report (dated 4 March 2010) measures 2009 and earlier and the
 * list of 1 January 2010, whatever later years the register batch holds; a later year in it would
 * be hindsight the committee did not have.
 */
export function knownOnRoundDate(
  measurement: Measurement,
  round: Pick<ReportingRound, "requestDate">,
): boolean {
  return measurement.period === null || periodEnd(measurement.period) < round.requestDate;
}

function merged<T extends TrackedIndicator>(
  tracked: T,
  computed: ReadonlyMap<string, readonly Measurement[]>,
): T {
  const fresh = computed.get(tracked.indicator.id);
  if (fresh === undefined) return tracked;
  const typedIn = tracked.measurements.filter((m) => !m.id.startsWith(COMPUTED_MEASUREMENT_PREFIX));
  return { ...tracked, measurements: [...typedIn, ...fresh] };
}

/**
 * Writes computed measurements into a round: every tracked indicator with a computed indicator's
 * id (a goal's, and an initiative's success criterion tracking the same indicator) gets the new
 * computed measurements in place of its earlier computed ones; typed-in measurements stay.
 */
export function withComputedMeasurements(
  content: ReportingRound,
  results: readonly ComputedMeasurements[],
): RoundEdit {
  for (const result of results)
    for (const m of result.measurements)
      if (!m.id.startsWith(COMPUTED_MEASUREMENT_PREFIX))
        throw new DomainError(
          "invalid_input",
          {
            da: `En beregnet måling skal have et id, der begynder med »${COMPUTED_MEASUREMENT_PREFIX}«`,
            en: `A computed measurement must have an id that starts with "${COMPUTED_MEASUREMENT_PREFIX}"`,
          },
          [{ field: "measurements.id", message: m.id }],
        );
  const known = results.map((r) => ({
    indicatorId: r.indicatorId,
    measurements: r.measurements.filter((m) => knownOnRoundDate(m, content)),
    after: r.measurements.filter((m) => !knownOnRoundDate(m, content)).length,
  }));
  const computed = new Map(known.map((r) => [r.indicatorId, r.measurements]));
  const before = countComputed(content);
  const next: ReportingRound = {
    ...content,
    goals: content.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.map((tracked) => merged(tracked, computed)),
    })),
    initiatives: content.initiatives.map((initiative) => ({
      ...initiative,
      successCriteria: initiative.successCriteria.map((tracked) => merged(tracked, computed)),
    })),
  };
  return {
    content: next,
    details: {
      indicators: known.map((r) => ({
        indicatorId: r.indicatorId,
        measurements: r.measurements.length,
        afterRoundDate: r.after,
      })),
      computedBefore: before,
      computedAfter: countComputed(next),
    },
  };
}

function countComputed(content: ReportingRound): number {
  const all = [
    ...content.goals.flatMap((g) => g.indicators),
    ...content.initiatives.flatMap((i) => i.successCriteria),
  ];
  return all.flatMap((t) => t.measurements).filter((m) => m.id.startsWith(COMPUTED_MEASUREMENT_PREFIX))
    .length;
}
