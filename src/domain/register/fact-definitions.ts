import { isDanishRegion } from "../areas/regions.ts";
import { DomainError } from "../errors.ts";
import type { IsoDate } from "../law/iso-date.ts";
import type { ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { ParameterUse } from "../law/value-on.ts";

/**
 * The register definitions behind the area facts computed from microdata (docs/REGISTER.md,
 * "Facts from microdata"): dated parameters in `rules/register/fakta/`, read on one date (the
 * computation's rules date). The SQL binds these values as query parameters; it holds none of
 * them as literals.
 */
export interface RegisterFactDefinitions {
  /** The residence reference day in each facts year (month 1–12, day 1–31): who lives where, and ages. */
  readonly referenceMonth: number;
  readonly referenceDay: number;
  /** labour_status values counted as outside the labour market among residents 18+ / 18–64. */
  readonly outsideLabourMarket18Plus: readonly string[];
  readonly outsideLabourMarket18To64: readonly string[];
  /** labour_status values that make a resident 15–64 a student (not a taxpayer in the income criterion). */
  readonly studentStatuses: readonly string[];
  /** education values counted as "basic education only" (the 2013 method counts `uoplyst`). */
  readonly basicEducation: readonly string[];
  /** A resident 18+ is convicted with at least this many convictions in the year. */
  readonly minConvictions: number;
  /** Batch-level identity the register does not hold: written into every fact row. */
  readonly municipality: string;
  readonly region: string;
}

export const REGISTER_FACT_PARAMETERS = {
  referenceDay: "register.fakta.bopaelsdag",
  outside18Plus: "register.fakta.uden_for_arbejdsmarkedet_18_plus",
  outside18To64: "register.fakta.uden_for_arbejdsmarkedet_18_64",
  students: "register.fakta.studerende",
  basicEducation: "register.fakta.grunduddannelse",
  minConvictions: "register.fakta.doemt_mindste_antal_domme",
} as const;

/** The batch-level defaults for a Copenhagen extract (the register has no municipality or region). */
export const DEFAULT_MUNICIPALITY = "København";
export const DEFAULT_REGION = "Region Hovedstaden";

/**
 * Bump when the SQL's meaning changes: stored with each computation, so a re-run after a change
 * of method is a new computation, never "unchanged".
 */
export const REGISTER_FACTS_METHOD = "register-facts-1";

/** What a computation stores as its `parameters`: every value it used, each with its source. */
export interface RegisterFactParameters {
  readonly method: string;
  readonly rulesDate: IsoDate;
  readonly municipality: string;
  readonly region: string;
  readonly parameters: readonly ParameterUse[];
}

export function registerFactDefinitions(
  params: ParameterSet,
  rulesDate: IsoDate,
  place: { readonly municipality?: string | undefined; readonly region?: string | undefined } = {},
): { readonly definitions: RegisterFactDefinitions; readonly record: RegisterFactParameters } {
  const municipality = (place.municipality ?? DEFAULT_MUNICIPALITY).trim();
  const region = (place.region ?? DEFAULT_REGION).trim();
  if (municipality === "" || municipality.length > 100)
    throw new DomainError(
      "invalid_input",
      { da: "Kommunens navn skal være 1-100 tegn", en: "The municipality's name must be 1-100 characters" },
      [{ field: "municipality", message: "ugyldigt navn", en: "invalid name" }],
    );
  if (!isDanishRegion(region))
    throw new DomainError(
      "invalid_input",
      {
        da: `Ukendt region »${region}«: brug en af Region Hovedstaden, Region Sjælland, Region Syddanmark, Region Midtjylland, Region Nordjylland`,
        en: `Unknown region "${region}": use one of Region Hovedstaden, Region Sjælland, Region Syddanmark, Region Midtjylland, Region Nordjylland`,
      },
      [{ field: "region", message: region }],
    );
  const reader = new ParameterReader(params, rulesDate);
  const [month, day] = reader.text(REGISTER_FACT_PARAMETERS.referenceDay).split("-").map(Number);
  const definitions: RegisterFactDefinitions = {
    referenceMonth: month ?? 1,
    referenceDay: day ?? 1,
    outsideLabourMarket18Plus: reader.list(REGISTER_FACT_PARAMETERS.outside18Plus),
    outsideLabourMarket18To64: reader.list(REGISTER_FACT_PARAMETERS.outside18To64),
    studentStatuses: reader.list(REGISTER_FACT_PARAMETERS.students),
    basicEducation: reader.list(REGISTER_FACT_PARAMETERS.basicEducation),
    minConvictions: reader.number(REGISTER_FACT_PARAMETERS.minConvictions),
    municipality,
    region,
  };
  return {
    definitions,
    record: { method: REGISTER_FACTS_METHOD, rulesDate, municipality, region, parameters: reader.used() },
  };
}
