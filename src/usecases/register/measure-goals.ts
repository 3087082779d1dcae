import { findBatch } from "../../db/register.repository.ts";
import {
  type CrimeStratumRow,
  computedFactsYears,
  crimeStrata,
  newestBatch,
  outsideLabourMarketByYear,
} from "../../db/register-goals.repository.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { classifyAreas } from "../../domain/areas/classify-areas.ts";
import { defaultListKind } from "../../domain/areas/default-list.ts";
import { factsYearsRead, listInForce } from "../../domain/areas/facts-year.ts";
import { ruleVersionFor } from "../../domain/areas/rule-versions.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDate } from "../../domain/format.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { ParameterReader } from "../../domain/law/parameter-reader.ts";
import {
  type ComputedFrom,
  crimeRatioMeasurement,
  listedAreasMeasurement,
  shareMeasurement,
} from "../../domain/policy/goals/computed-measurement.ts";
import type { Indicator } from "../../domain/policy/goals/indicator.ts";
import type { IndicatorComputation } from "../../domain/policy/goals/indicator-computation.ts";
import type { Measurement } from "../../domain/policy/goals/measurement.ts";
import {
  type ComputedMeasurements,
  knownOnRoundDate,
  withComputedMeasurements,
} from "../../domain/policy/report/computed-measurements.ts";
import type { StratumCount } from "../../domain/statistics/direct-standardisation.ts";
import { factsFrom } from "../areas/area-facts-source.ts";
import { minimumCellToday } from "../disclosure.ts";
import { changeRoundContent } from "../policy/change-round-content.ts";
import { requireRound } from "../policy/round-lookup.ts";
import { compareStandardised } from "../stats/standardise.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";

export interface MeasureGoalsInput {
  readonly committee: string;
  readonly year: number;
  /** The batch to measure from; default the newest. */
  readonly batch?: string | undefined;
}

/**
 * Why an indicator got no measurement: the batch's area facts are not computed yet (goals a and b
 * read them, for their provenance), the batch has only years after the round's date, or none the
 * indicator can use.
 */
export type Unmeasured = "no_area_facts" | "only_after_round_date" | "no_years";

/** What each reason means, in Danish (the CLI's words; the web app has its own translations). */
export function unmeasuredText(reason: Unmeasured, batch: string, requestDate: IsoDate): string {
  switch (reason) {
    case "no_area_facts":
      return `der er ikke beregnet områdefakta fra registerudtrækket »${batch}«: beregn dem først (udsyn register facts --batch ${batch})`;
    case "only_after_round_date":
      return `udtrækket har kun år efter redegørelsens dato ${formatDate(requestDate)}`;
    case "no_years":
      return "udtrækket har ingen år, som indikatoren kan beregnes for";
  }
}

export interface MeasureGoalsOutcome {
  readonly batch: string;
  /** The round's date: only periods over by then are written. */
  readonly requestDate: IsoDate;
  readonly roundId: number;
  readonly committee: string;
  readonly year: number;
  readonly version: number;
  readonly indicators: readonly {
    readonly indicatorId: string;
    readonly name: string;
    readonly measurements: readonly Pick<Measurement, "period" | "value" | "statedText" | "note">[];
    /** Measurements of periods not over by the round's date: computed, not written. */
    readonly afterRoundDate: number;
    /** Why the indicator got no measurement, when it got none. */
    readonly unmeasured?: Unmeasured;
  }[];
}

async function requireBatch(
  ctx: UseCaseContext,
  name: string | undefined,
): Promise<{ id: number; name: string }> {
  const batch = name === undefined ? await newestBatch(ctx.db) : await findBatch(ctx.db, { name });
  if (batch === undefined)
    throw new DomainError(
      "not_found",
      name === undefined
        ? {
            da: "Der er ikke indlæst registerdata: indlæs et udtræk først (udsyn import --dir MAPPE)",
            en: "No register data has been imported: import an extract first (udsyn import --dir FOLDER)",
          }
        : {
            da: `Der er ingen registerbatch ved navn »${name}«`,
            en: `There is no register batch named "${name}"`,
          },
      [
        name === undefined
          ? { field: "batch", message: "ingen batch", en: "no batch" }
          : { field: "batch", message: name },
      ],
    );
  return { id: batch.id, name: batch.name };
}

const populationText: Record<"18_64" | "18_plus", string> = {
  "18_64": "beboere 18–64 år",
  "18_plus": "beboere på 18 år og derover",
};

async function listedAreas(
  ctx: UseCaseContext,
  from: ComputedFrom,
  computedYears: readonly number[],
  computation: Extract<IndicatorComputation, { kind: "listed_areas" }>,
): Promise<Measurement[]> {
  const params = await ctx.parameters();
  const measurements: Measurement[] = [];
  const factsYears = new Set(computedYears);
  if (factsYears.size === 0) return measurements;
  // The list in force on 1 January of each year whose facts year the batch has: the facts year
  // is the list's (publication year minus the offset, as every classification reads it), not the
  // year before the date, so the figure is the list `udsyn areas classify --rules D` gives.
  const first = Math.min(...factsYears);
  const last = Math.max(...factsYears);
  const counted = new Set<string>();
  for (let year = first + 1; year <= last + 2; year++) {
    const date = `${year}-01-01` as IsoDate;
    const listKind = computation.listKind ?? defaultListKind(date);
    let version: ReturnType<typeof ruleVersionFor>;
    try {
      version = ruleVersionFor(listKind, date);
    } catch {
      continue; // no rule of this kind in force on the date: nothing to count
    }
    const reader = new ParameterReader(params, date);
    const { factsYear, publicationDate } = listInForce(reader, version, date);
    const key = `${version.id}|${publicationDate}`;
    if (!factsYears.has(factsYear) || counted.has(key)) continue;
    counted.add(key);
    const years = factsYearsRead(reader, version, date, factsYear);
    const source = await factsFrom(() => ctx.db, listKind, undefined, years);
    const classification = classifyAreas(
      version,
      source.facts,
      { date, factsYear },
      params,
      source.reference,
      [],
    );
    if (classification.areas.some((a) => !a.assessable)) continue; // an earlier year the rule reads is missing
    measurements.push(
      listedAreasMeasurement(from, {
        date,
        factsYear,
        ruleVersionName: classification.ruleVersion.name,
        listedAreaNames: classification.areas.filter((a) => a.listed).map((a) => a.areaName),
      }),
    );
  }
  return measurements;
}

async function measure(
  ctx: UseCaseContext,
  batch: { id: number; name: string },
  computedYears: readonly number[],
  indicator: Indicator,
  computation: IndicatorComputation,
): Promise<Measurement[]> {
  const from: ComputedFrom = {
    indicatorId: indicator.id,
    batchName: batch.name,
    computedOn: todayOf(ctx.clock),
  };
  const minimum = await minimumCellToday(ctx);
  switch (computation.kind) {
    case "listed_areas":
      return listedAreas(ctx, from, computedYears, computation);
    case "share_outside_labour_market": {
      const rows = await outsideLabourMarketByYear(
        ctx.db,
        batch.id,
        computation.areaTypes,
        computation.ageBand,
      );
      const population = `${populationText[computation.ageBand]} i områder af typen ${computation.areaTypes.join(", ")}`;
      return rows.map((row) => shareMeasurement(from, row, population, rows[0], indicator.decimals, minimum));
    }
    case "standardised_crime_ratio": {
      const strata = await crimeStrata(ctx.db, batch.id, computation.ageFrom, computation.ageTo);
      const years = [...new Set(strata.map((s) => s.year))];
      return years.map((year) => {
        const { group, reference, dropped } = crimeStrataOf(
          strata.filter((s) => s.year === year),
          computation.ageFrom,
          computation.ageTo,
        );
        const sum = (cells: readonly StratumCount[]) => cells.reduce((n, c) => n + c.persons, 0);
        const base = {
          year,
          ageFrom: computation.ageFrom,
          ageTo: computation.ageTo,
          droppedPersons: dropped,
        };
        if (sum(group) === 0 || sum(reference) === 0)
          return crimeRatioMeasurement(
            from,
            {
              ...base,
              groupPersons: sum(group),
              referencePersons: sum(reference),
              groupCrude: 0,
              groupAdjusted: 0,
              referenceRate: 0,
              ratio: null,
              lci: null,
              uci: null,
              withheldStrata: 0,
            },
            indicator.decimals,
            minimum,
          );
        const result = compareStandardised("indvandrere og efterkommere", "andre unge", group, reference);
        return crimeRatioMeasurement(
          from,
          {
            ...base,
            groupPersons: result.group.persons,
            referencePersons: result.reference.persons,
            groupCrude: result.group.crude,
            groupAdjusted: result.group.adjusted,
            referenceRate: result.reference.adjusted,
            ratio: result.ratio,
            lci: result.ratioCi.lci,
            uci: result.ratioCi.uci,
            withheldStrata: result.strata.filter((s) => s.group.suppressed || s.reference.suppressed).length,
          },
          indicator.decimals,
          minimum,
        );
      });
    }
  }
}

/**
 * Goal c's strata: age group (under 18 and 18 or over, the age of majority, when the band spans
 * both) × parents' socio-economic status. A stratum with nobody on one side has no rate there and
 * cannot be standardised; it is left out of both sides and its persons are counted, so the
 * measurement can say how many the comparison does not cover.
 */
export function crimeStrataOf(
  rows: readonly CrimeStratumRow[],
  ageFrom: number,
  ageTo: number,
): { group: StratumCount[]; reference: StratumCount[]; dropped: number } {
  const ageGroup = (age: number) =>
    ageFrom < 18 && ageTo >= 18
      ? age < 18
        ? `${ageFrom}–17 år`
        : `18–${ageTo} år`
      : `${ageFrom}–${ageTo} år`;
  const cells = new Map<string, { group: StratumCount; reference: StratumCount }>();
  for (const row of rows) {
    const stratum = `${ageGroup(row.age)}, forældre: ${row.parentsStatus}`;
    const cell = cells.get(stratum) ?? {
      group: { stratum, events: 0, persons: 0 },
      reference: { stratum, events: 0, persons: 0 },
    };
    const side = cell[row.side];
    cell[row.side] = { stratum, events: side.events + row.convicted, persons: side.persons + row.persons };
    cells.set(stratum, cell);
  }
  const kept = [...cells.values()].filter((c) => c.group.persons > 0 && c.reference.persons > 0);
  const dropped = [...cells.values()]
    .filter((c) => !kept.includes(c))
    .reduce((n, c) => n + c.group.persons + c.reference.persons, 0);
  const byName = (a: StratumCount, b: StratumCount) => a.stratum.localeCompare(b.stratum, "da");
  return {
    group: kept.map((c) => c.group).sort(byName),
    reference: kept.map((c) => c.reference).sort(byName),
    dropped,
  };
}

/**
 * Measures a round's computed indicators (goal a, b, c and the success criteria tracking the same
 * indicators) from a batch of register data and writes the measurements into the round, in place
 * of the ones computed before; typed-in measurements stay. Only a round that may still be edited.
 */
export const measureGoals = defineUseCase(
  "måle målene fra registerdata",
  STATISTICS_EDITORS,
  async (ctx, actor, input: MeasureGoalsInput): Promise<MeasureGoalsOutcome> => {
    const batch = await requireBatch(ctx, input.batch);
    const round = await requireRound(ctx.db, { committee: input.committee, year: input.year });
    const indicators = new Map<string, { indicator: Indicator; computation: IndicatorComputation }>();
    const tracked = [
      ...round.content.goals.flatMap((g) => g.indicators),
      ...round.content.initiatives.flatMap((i) => i.successCriteria),
    ];
    for (const t of tracked)
      if (t.indicator.computation !== undefined && !indicators.has(t.indicator.id))
        indicators.set(t.indicator.id, { indicator: t.indicator, computation: t.indicator.computation });
    if (indicators.size === 0)
      throw new DomainError(
        "invalid_input",
        {
          da: `Redegørelsen for ${input.committee} ${input.year} har ingen indikatorer, der kan beregnes fra registerdata`,
          en: `The report for ${input.committee} ${input.year} has no indicators that can be computed from register data`,
        },
        [{ field: "committee", message: "ingen beregnede indikatorer", en: "no computed indicators" }],
      );
    // Goals a and b read the area facts computed from the batch (their provenance), not the
    // microdata directly: without them there is nothing to count, and the user is told so.
    const factsYears = await computedFactsYears(ctx.db, batch.id);
    const results: ComputedMeasurements[] = [];
    for (const { indicator, computation } of indicators.values())
      results.push({
        indicatorId: indicator.id,
        measurements: await measure(ctx, batch, factsYears, indicator, computation),
      });
    const stored = await changeRoundContent(ctx, actor, round.id, "policy.measure", (content) => {
      const edit = withComputedMeasurements(content, results);
      return { ...edit, details: { ...edit.details, batch: batch.name } };
    });
    return {
      batch: batch.name,
      requestDate: round.content.requestDate,
      roundId: stored.id,
      committee: stored.committeeCode,
      year: stored.year,
      version: stored.version,
      indicators: results.map((r) => {
        const known = r.measurements.filter((m) => knownOnRoundDate(m, round.content));
        const kind = indicators.get(r.indicatorId)?.computation.kind;
        const unmeasured: Unmeasured | undefined =
          known.length > 0
            ? undefined
            : kind !== "standardised_crime_ratio" && factsYears.length === 0
              ? "no_area_facts"
              : r.measurements.length > known.length
                ? "only_after_round_date"
                : "no_years";
        return {
          indicatorId: r.indicatorId,
          name: indicators.get(r.indicatorId)?.indicator.name ?? r.indicatorId,
          measurements: known.map(({ period, value, statedText, note }) => ({
            period,
            value,
            statedText,
            ...(note === undefined ? {} : { note }),
          })),
          afterRoundDate: r.measurements.length - known.length,
          ...(unmeasured === undefined ? {} : { unmeasured }),
        };
      }),
    };
  },
);
