import { DomainError, type Issue } from "../errors.ts";
import type { IsoDate } from "../law/iso-date.ts";
import type { ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { ParameterUse } from "../law/value-on.ts";

/**
 * Særboliger (the municipality's agreement, seed): 500 new special dwellings with 100 %
 * municipal referral in 2007-2011. The plan is spread evenly over the years of the period
 * (constructed: the seed gives only the total), and the plan is on track in a year when the
 * dwellings created so far are at least the planned cumulative number.
 */
const p = {
  planned: "kobenhavn.saerboliger.planlagt_antal",
  start: "kobenhavn.saerboliger.planperiode_start",
  end: "kobenhavn.saerboliger.planperiode_slut",
} as const;

export interface CreatedInYear {
  readonly year: number;
  readonly created: number;
}

export interface SpecialDwellingsYear {
  readonly year: number;
  readonly created: number;
  readonly cumulative: number;
  readonly plannedCumulative: number;
  readonly onTrack: boolean;
}

export interface SpecialDwellingsProgress {
  readonly target: number;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly years: readonly SpecialDwellingsYear[];
  readonly createdTotal: number;
  readonly remaining: number;
  /** On track in the latest year with data (false when there is none). */
  readonly onTrack: boolean;
  readonly parametersUsed: readonly ParameterUse[];
}

export function specialDwellingsProgress(
  created: readonly CreatedInYear[],
  params: ParameterSet,
  asOf: IsoDate,
): SpecialDwellingsProgress {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  created.forEach((c, i) => {
    if (!Number.isInteger(c.created) || c.created < 0)
      issues.push({
        field: `created[${i}].created`,
        message: "skal være et helt tal ≥ 0",
        en: "must be a whole number ≥ 0",
      });
    if (seen.has(c.year))
      issues.push({
        field: `created[${i}].year`,
        message: `året ${c.year} står to gange`,
        en: `the year ${c.year} appears twice`,
      });
    seen.add(c.year);
  });
  if (issues.length > 0)
    throw new DomainError(
      "invalid_input",
      { da: "Særboliger: ugyldigt input", en: "Special dwellings: invalid input" },
      issues,
    );
  const reader = new ParameterReader(params, asOf);
  const target = reader.number(p.planned);
  const periodStart = reader.text(p.start);
  const periodEnd = reader.text(p.end);
  const [firstYear, lastYear] = [Number(periodStart.slice(0, 4)), Number(periodEnd.slice(0, 4))];
  const periodYears = lastYear - firstYear + 1;
  const dataYears = created.map((c) => c.year);
  const untilYear = Math.max(lastYear, ...dataYears);
  let cumulative = 0;
  const years: SpecialDwellingsYear[] = [];
  for (let year = Math.min(firstYear, ...dataYears); year <= untilYear; year++) {
    const inYear = created.find((c) => c.year === year)?.created ?? 0;
    cumulative += inYear;
    const elapsed = Math.min(Math.max(year - firstYear + 1, 0), periodYears);
    const plannedCumulative = Math.floor((target * elapsed) / periodYears);
    years.push({
      year,
      created: inYear,
      cumulative,
      plannedCumulative,
      onTrack: cumulative >= plannedCumulative,
    });
  }
  const latest = dataYears.length > 0 ? years.find((y) => y.year === Math.max(...dataYears)) : undefined;
  return {
    target,
    periodStart,
    periodEnd,
    years,
    createdTotal: cumulative,
    remaining: Math.max(target - cumulative, 0),
    onTrack: latest?.onTrack ?? false,
    parametersUsed: reader.used(),
  };
}
