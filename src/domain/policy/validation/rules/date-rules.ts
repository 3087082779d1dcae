import { formatDate } from "../../../format.ts";
import type { DatedStatement } from "../../goals/dated-statement.ts";
import { COMPUTED_MEASUREMENT_PREFIX } from "../../goals/indicator-computation.ts";
import type { Measurement } from "../../goals/measurement.ts";
import { formatPeriod, periodEnd, periodStart } from "../../goals/period.ts";
import type { Target } from "../../goals/target.ts";
import { initiativeHeading } from "../../initiatives/initiative.ts";
import type { ReportingRound } from "../../report/reporting-round.ts";
import type { FindingLocation, RuleHit } from "../finding.ts";
import type { ValidationRule } from "../validation-rule.ts";

interface Located<T> {
  readonly item: T;
  readonly location: FindingLocation;
  readonly owner: string;
}

function statements(round: ReportingRound): readonly Located<DatedStatement>[] {
  return [
    ...round.assessments.flatMap((a) =>
      a.datedStatements.map((item) => ({
        item,
        location: { goalCode: a.goalCode, field: "vurdering" },
        owner: `Mål ${a.goalCode}`,
      })),
    ),
    ...round.initiatives.flatMap((i) =>
      i.statusReport.datedStatements.map((item) => ({
        item,
        location: { initiativeId: i.id },
        owner: initiativeHeading(i),
      })),
    ),
  ];
}

function targets(round: ReportingRound): readonly Located<Target>[] {
  return [
    ...round.goals.flatMap((g) =>
      g.indicators.flatMap((t) =>
        t.target === null ? [] : [{ item: t.target, location: { goalCode: g.code }, owner: `Mål ${g.code}` }],
      ),
    ),
    ...round.initiatives.flatMap((i) =>
      i.successCriteria.flatMap((c) =>
        c.target === null
          ? []
          : [{ item: c.target, location: { initiativeId: i.id, field: c.id }, owner: initiativeHeading(i) }],
      ),
    ),
  ];
}

function measurements(round: ReportingRound): readonly Located<Measurement>[] {
  return [
    ...round.goals.flatMap((g) =>
      g.indicators.flatMap((t) =>
        t.measurements.map((item) => ({
          item,
          location: { goalCode: g.code, field: t.indicator.id },
          owner: `Mål ${g.code}`,
        })),
      ),
    ),
    ...round.initiatives.flatMap((i) =>
      i.successCriteria.flatMap((c) =>
        c.measurements.map((item) => ({
          item,
          location: { initiativeId: i.id, field: c.id },
          owner: initiativeHeading(i),
        })),
      ),
    ),
  ];
}

export const deadlineBeforeRoundRule: ValidationRule = {
  id: "dates.deadline_before_round",
  severity: "warning",
  title: "Et mål eller en frist ligger ikke før redegørelsens dato",
  check(round) {
    const hits: RuleHit[] = [];
    for (const goal of round.goals) {
      if (goal.deadline < round.requestDate) {
        hits.push({
          location: { goalCode: goal.code },
          message: `Mål ${goal.code}: fristen ${formatDate(goal.deadline)} ligger før redegørelsens dato ${formatDate(round.requestDate)}.`,
        });
      }
    }
    for (const { item, location, owner } of targets(round)) {
      if (item.deadline >= round.requestDate) continue;
      hits.push({
        location,
        message: `${owner}: målet »${item.statedUnitText}« har frist ${formatDate(item.deadline)}, før redegørelsens dato ${formatDate(round.requestDate)}.`,
      });
    }
    return hits;
  },
};

export const expectedBeforeRoundRule: ValidationRule = {
  id: "dates.expected_before_round",
  severity: "warning",
  title: "Noget, teksten venter på, er ikke dateret før redegørelsens dato",
  check(round) {
    return statements(round)
      .filter(({ item }) => item.kind === "expected" && periodEnd(item.period) < round.requestDate)
      .map(({ item, location, owner }) => ({
        location,
        message:
          `${owner}: teksten omtaler som kommende »${item.excerpt}« (${formatPeriod(item.period)}), ` +
          `men det ligger før redegørelsens dato ${formatDate(round.requestDate)}.`,
      }));
  },
};

export const doneAfterRoundRule: ValidationRule = {
  id: "dates.done_after_round",
  severity: "warning",
  title: "Noget, teksten omtaler som sket, er ikke dateret efter redegørelsens dato",
  check(round) {
    return statements(round)
      .filter(({ item }) => item.kind === "done" && periodStart(item.period) > round.requestDate)
      .map(({ item, location, owner }) => ({
        location,
        message:
          `${owner}: teksten omtaler som sket »${item.excerpt}« (${formatPeriod(item.period)}), ` +
          `men det ligger efter redegørelsens dato ${formatDate(round.requestDate)}.`,
      }));
  },
};

export const measurementAfterRoundRule: ValidationRule = {
  id: "dates.measurement_after_round",
  severity: "warning",
  title: "En måling er ikke dateret efter redegørelsens dato",
  check(round) {
    return measurements(round)
      .filter(({ item }) => {
        // A figure udsyn computed is dated by the period it measures: the day it was computed
        // (later, when an old round is measured from a new batch) is provenance, in its source.
        const when = item.id.startsWith(COMPUTED_MEASUREMENT_PREFIX)
          ? item.period === null
            ? null
            : periodEnd(item.period)
          : (item.date ?? (item.period === null ? null : periodStart(item.period)));
        return when !== null && when > round.requestDate;
      })
      .map(({ item, location, owner }) => ({
        location,
        message:
          `${owner}: målingen »${item.statedText}« (${[item.period === null ? undefined : formatPeriod(item.period), item.date === null ? undefined : formatDate(item.date)].filter((p) => p !== undefined).join(", ")}) ` +
          `er dateret efter redegørelsens dato ${formatDate(round.requestDate)}.`,
      }));
  },
};

export { measurements as roundMeasurements };
