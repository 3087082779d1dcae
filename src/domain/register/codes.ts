import { benefitCodes } from "../letting/benefit-labels.ts";

/**
 * The code lists of the pseudonymised register data (docs/REGISTER.md). Migration 0008 repeats
 * them as CHECK constraints (a migration is frozen history); a test keeps the two in step.
 */

/** Copenhagen's typology (src/domain/areas/area-category.ts): the type an area has in a year. */
export const registerAreaTypes = ["udsat", "hoejrisiko", "risiko", "neutral"] as const;
export type RegisterAreaType = (typeof registerAreaTypes)[number];

export const sexes = ["m", "k"] as const;
export const origins = ["dansk", "indvandrer", "efterkommer"] as const;
export type Origin = (typeof origins)[number];
export const countryGroups = ["vestlig", "ikke_vestlig"] as const;

/**
 * Benefit codes of the monthly transfer-income records: the letting rules' code list without
 * wages ("loen" is not a transfer income), plus the other transfer incomes the register has.
 */
export const registerBenefitCodes: readonly string[] = [
  ...benefitCodes.filter((code) => code !== "loen"),
  "ledighedsydelse",
  "fleksydelse",
  "revalideringsydelse",
  "efterloen",
];

export const labourStatuses = [
  "beskaeftiget",
  "under_uddannelse",
  "ledig",
  "uden_for_arbejdsstyrken",
  "pensionist",
] as const;

export const educationLevels = [
  "grundskole",
  "gymnasial",
  "erhvervsfaglig",
  "kort_videregaaende",
  "mellemlang_videregaaende",
  "lang_videregaaende",
  "uoplyst",
] as const;

export const parentStatuses = ["hoej", "mellem", "lav", "uden_for_arbejdsmarkedet", "uoplyst"] as const;

/** A pseudonym: letters, digits, "-" and "_", never ten digits (that would be a CPR number). */
export const pseudonymPattern = /^[A-Za-z0-9_-]{1,64}$/;
/** A CPR-like identifier: ten digits, optionally with a hyphen after the sixth. */
export const cprLikePattern = /^\d{6}-?\d{4}$/;

export const REGISTER_YEARS = { min: 1990, max: 2100 } as const;

/** The files of a batch, their columns in order, and the columns that hold a person. */
export const registerFiles = {
  "areas.csv": ["area_id", "area_name"],
  "area_years.csv": ["area_id", "year", "area_type"],
  "departments.csv": ["department_id", "area_id", "department_name"],
  "dwellings.csv": ["dwelling_id", "department_id"],
  "households.csv": ["household_id"],
  "persons.csv": ["person", "birth_year", "birth_month", "sex", "origin", "country_group", "parents_status"],
  "residences.csv": ["person", "dwelling_id", "household_id", "valid_from", "valid_to"],
  "benefits.csv": ["person", "month", "benefit_code"],
  "person_years.csv": [
    "person",
    "year",
    "labour_status",
    "outside_fte",
    "education",
    "gross_income",
    "convictions",
    "charges",
  ],
} as const satisfies Record<string, readonly string[]>;

export type RegisterFileName = keyof typeof registerFiles;
export const registerFileNames = Object.keys(registerFiles) as RegisterFileName[];
