import type { Comparator } from "./comparator.ts";
import type { IsoDate } from "./iso-date.ts";
import type { Rational } from "./rational.ts";

/**
 * The units a legal quantity can have. The first eight are the house list; `date`, `choice`,
 * `month_day` and `scale` were added for the municipality's scheme parameters (a scheme start
 * date, "both|either", a yearly publication day, the graduated flexible-letting table).
 */
export const parameterUnits = [
  "count",
  "share",
  "ratio",
  "kroner",
  "months",
  "years",
  "list",
  "boolean",
  "date",
  "choice",
  "month_day",
  "scale",
] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

/** Where a value comes from: the statute, the bill, the municipality's agreement or the seed. */
export interface LegalSource {
  readonly act?: string;
  readonly section?: string;
  readonly bill?: string;
  readonly document?: string;
  readonly text?: string;
  readonly url?: string;
}

/** One bracket of a scale: from `threshold` (inclusive) upwards the value is `value`. */
export interface ScaleBracket {
  readonly threshold: Rational;
  readonly value: Rational;
}

export type ParameterValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "rational"; readonly value: Rational }
  | { readonly kind: "list"; readonly value: readonly string[] }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "scale"; readonly value: readonly ScaleBracket[] };

/** The value as written in the YAML file: JSON, so it can be stored with a decision and compared. */
export type RawValue = number | string | boolean | readonly string[] | readonly RawScaleBracket[];
export interface RawScaleBracket {
  readonly threshold: number | string;
  readonly value: number | string;
}

export interface ParameterEntry {
  readonly effectiveFrom: IsoDate;
  /** Inclusive end as written; absent means "until the next entry starts" (or open). */
  readonly effectiveTo?: IsoDate;
  /** Inclusive end after filling in the next entry's start; absent means open-ended. */
  readonly until?: IsoDate;
  /** `null` means repealed from `effectiveFrom`. */
  readonly value: ParameterValue | null;
  readonly raw: RawValue | null;
  readonly comparator?: Comparator;
  readonly source: LegalSource;
  readonly note?: string;
  readonly verify: boolean;
}

export interface Parameter {
  readonly id: string;
  readonly description: string;
  /** The description in English, where the file gives one. */
  readonly descriptionEn?: string;
  readonly unit: ParameterUnit;
  readonly choices?: readonly string[];
  /** True when the file or any entry is marked (verify) in RULES.md. */
  readonly verify: boolean;
  readonly note?: string;
  /** File the parameter was read from, for error messages and `rules list`. */
  readonly file: string;
  readonly entries: readonly ParameterEntry[];
}

export interface ParameterSet {
  readonly parameters: ReadonlyMap<string, Parameter>;
}

export function parameterSet(parameters: Iterable<Parameter>): ParameterSet {
  return { parameters: new Map([...parameters].map((p) => [p.id, p])) };
}
