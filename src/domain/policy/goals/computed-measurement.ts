import { formatDate, formatNumber } from "../../format.ts";
import type { IsoDate } from "../../law/iso-date.ts";
import {
  isSmallCount,
  MINIMUM_CELL_PERSONS,
  shareDisclosure,
  withheldText,
} from "../../statistics/disclosure.ts";
import { COMPUTED_MEASUREMENT_PREFIX } from "./indicator-computation.ts";
import type { Measurement } from "./measurement.ts";

/**
 * Measurements udsyn computes from register data (issue 11), as a reader of the report sees them:
 * the figure, where it came from ("beregnet fra registerudtræk »X« den D") and what it rests on.
 * Pure: the numbers come from the database, the texts from here.
 */

export interface ComputedFrom {
  readonly indicatorId: string;
  readonly batchName: string;
  /** The day the computation ran (Copenhagen). */
  readonly computedOn: IsoDate;
}

/** The series of the figures udsyn computes from register data: comparable year to year. */
export const REGISTER_SERIES = "Beregnet fra registerdata";

export function computedSource(from: ComputedFrom): string {
  return `Beregnet af udsyn fra registerudtræk »${from.batchName}« den ${formatDate(from.computedOn)}`;
}

function measurementId(from: ComputedFrom, key: string): string {
  return `${COMPUTED_MEASUREMENT_PREFIX}${from.indicatorId}-${key}`;
}

/** Goal a: how many areas a list would hold on a date under the rules then in force. */
export function listedAreasMeasurement(
  from: ComputedFrom,
  list: {
    readonly date: IsoDate;
    readonly factsYear: number;
    readonly ruleVersionName: string;
    readonly listedAreaNames: readonly string[];
  },
): Measurement {
  const count = list.listedAreaNames.length;
  return {
    id: measurementId(from, list.date),
    period: { kind: "date", date: list.date },
    value: count,
    statedText: `${count} ${count === 1 ? "område" : "områder"}`,
    approximate: false,
    source: computedSource(from),
    date: from.computedOn,
    // One series per rule version: a count under other criteria is another opgørelse.
    series: list.ruleVersionName,
    note: `${list.ruleVersionName}, fakta for ${list.factsYear}${count === 0 ? "" : `: ${list.listedAreaNames.join(", ")}`}`,
  };
}

export interface ShareCounts {
  readonly year: number;
  readonly residents: number;
  readonly outside: number;
}

/**
 * Whether a share may be published: both the persons it counts and the others must be at least
 * the minimum cell, or the small group could be read off (a share of 100 % reveals everyone).
 */
export function shareIsDisclosable(counts: ShareCounts, minimum: number = MINIMUM_CELL_PERSONS): boolean {
  return counts.outside >= minimum && counts.residents - counts.outside >= minimum;
}

/**
 * Goal b: the share outside the labour market in a year, with the change since the first year
 * computed, in percent of that level and in percentage points (the seed uses both).
 */
export function shareMeasurement(
  from: ComputedFrom,
  counts: ShareCounts,
  population: string,
  first: ShareCounts | undefined,
  decimals: number,
  minimum: number = MINIMUM_CELL_PERSONS,
): Measurement {
  const base = {
    id: measurementId(from, String(counts.year)),
    period: { kind: "year", year: counts.year } as const,
    approximate: false,
    source: computedSource(from),
    date: from.computedOn,
    series: REGISTER_SERIES,
  };
  if (!shareIsDisclosable(counts, minimum))
    return {
      ...base,
      value: null,
      statedText: `vises ikke (færre end ${minimum} personer i en celle)`,
      note: `${population}: for få personer til at andelen kan offentliggøres.`,
    };
  const share = (counts.outside / counts.residents) * 100;
  const change =
    first === undefined || first.year === counts.year || !shareIsDisclosable(first, minimum)
      ? ""
      : (() => {
          const firstShare = (first.outside / first.residents) * 100;
          const points = share - firstShare;
          const percent = (points / firstShare) * 100;
          const signed = (v: number, d: number) =>
            `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatNumber(Math.abs(v), d)}`;
          return ` Ændring siden ${first.year}: ${signed(points, decimals)} procentpoint (${signed(percent, 1)} %).`;
        })();
  // The value is the figure as stated (the indicator's decimals): the report, the validation and
  // the forecast all read the same number. The change is computed from the unrounded shares.
  const shown = Number(share.toFixed(decimals));
  return {
    ...base,
    value: shown,
    statedText: `${formatNumber(shown, decimals)} %`,
    note: `${formatNumber(counts.outside)} af ${formatNumber(counts.residents)} ${population}.${change}`,
  };
}

export interface CrimeRatio {
  readonly year: number;
  readonly ageFrom: number;
  readonly ageTo: number;
  readonly groupPersons: number;
  readonly referencePersons: number;
  readonly groupCrude: number;
  readonly groupAdjusted: number;
  readonly referenceRate: number;
  readonly ratio: number | null;
  readonly lci: number | null;
  readonly uci: number | null;
  /** Strata withheld from the published table (their persons still count in the rates). */
  readonly withheldStrata: number;
  /** Persons in strata with nobody on the other side: no rate to standardise, left out of both. */
  readonly droppedPersons: number;
}

/** Goal c: the standardised crime ratio of a year with its interval and what it rests on. */
export function crimeRatioMeasurement(
  from: ComputedFrom,
  result: CrimeRatio,
  decimals: number,
  minimum: number = MINIMUM_CELL_PERSONS,
): Measurement {
  const base = {
    id: measurementId(from, String(result.year)),
    period: { kind: "year", year: result.year } as const,
    approximate: false,
    source: computedSource(from),
    date: from.computedOn,
    series: REGISTER_SERIES,
  };
  const ages = `${result.ageFrom}–${result.ageTo} år`;
  if (result.groupPersons < minimum || result.referencePersons < minimum || result.ratio === null)
    return {
      ...base,
      value: null,
      statedText: "kan ikke beregnes",
      note:
        result.ratio === null && result.groupPersons >= minimum && result.referencePersons >= minimum
          ? `Ingen af de andre unge ${ages} er dømt i ${result.year}: forholdet er ikke defineret.`
          : `For få unge ${ages} (under ${minimum} i en af grupperne) til at forholdet kan offentliggøres.`,
    };
  const pct = (rate: number) => `${formatNumber(rate * 100, 1)} %`;
  // The interval goes in the note: the stated text is the one figure the indicator measures.
  const interval =
    result.lci === null || result.uci === null
      ? ""
      : `95 %-konfidensinterval ${formatNumber(result.lci, decimals)}–${formatNumber(result.uci, decimals)}. `;
  // A crude rate times its persons gives the convicted: withheld when they (or the others) are few.
  const crude = (rate: number, persons: number) => {
    const reason = shareDisclosure(Math.round(rate * persons), persons, minimum);
    return reason === undefined ? pct(rate) : `en andel, der ikke vises (${withheldText(reason, minimum)}),`;
  };
  return {
    ...base,
    value: Number(result.ratio.toFixed(decimals)),
    statedText: formatNumber(Number(result.ratio.toFixed(decimals)), decimals),
    note:
      interval +
      `Indvandrere og efterkommere ${ages}: ${formatNumber(result.groupPersons)} unge, ` +
      `${crude(result.groupCrude, result.groupPersons)} dømt (standardiseret ${pct(result.groupAdjusted)}); ` +
      `andre unge: ${formatNumber(result.referencePersons)}, ${crude(result.referenceRate, result.referencePersons)} dømt. ` +
      "Direkte standardiseret til de andre unges fordeling på alder og forældres socioøkonomiske status." +
      (result.withheldStrata === 0
        ? ""
        : ` ${result.withheldStrata} strata har under ${minimum} personer og vises ikke enkeltvis.`) +
      (result.droppedPersons === 0
        ? ""
        : ` ${isSmallCount(result.droppedPersons, minimum) ? `Færre end ${minimum}` : formatNumber(result.droppedPersons)} unge i strata uden personer i den ene gruppe indgår ikke.`),
  };
}
