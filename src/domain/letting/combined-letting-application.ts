import { z } from "zod";
import { DomainError, type Issue } from "../errors.ts";
import { type IsoDate, isIsoDate } from "../law/iso-date.ts";
import { inEveryLanguage, issueTexts } from "../validation-messages.ts";
import { benefitCodes, isBenefitCode } from "./benefit-labels.ts";
import { monthOfDate, parseCalendarMonth } from "./calendar-month.ts";

/** One calendar month in which a person received a benefit (benefit codes as in the parameters). */
export interface BenefitMonth {
  readonly month: string;
  readonly benefit: string;
}

export interface HouseholdPerson {
  readonly pseudonym: string;
  readonly benefitMonths: readonly BenefitMonth[];
}

export interface Spouse extends HouseholdPerson {
  readonly relation: "married" | "cohabitant";
  /** Required for a cohabitant: a cohabitant of at least 2 years counts as a spouse. */
  readonly cohabitingSinceDate?: IsoDate;
}

export interface CombinedLettingApplication {
  readonly applicationDate: IsoDate;
  readonly areaId: string;
  readonly dwelling?: {
    readonly departmentId?: string;
    readonly dwellingId?: string;
    readonly address?: string;
  };
  readonly household: { readonly applicant: HouseholdPerson; readonly spouse?: Spouse };
  readonly alreadyResidentInDepartment: boolean;
  readonly waitingList: {
    readonly topOfList: boolean;
    readonly registeredDate: IsoDate;
    readonly position?: number;
  };
}

/** Whether the area is designated for combined letting on the application date, and by which list. */
export interface AreaDesignation {
  readonly designated: boolean;
  /** E.g. "Socialministeriets liste af 21. december 2009". */
  readonly listReference: string;
  /** First day of the current designation; the scheme is in force in the area from the later of this and the municipality's start. */
  readonly designatedSince?: IsoDate;
  /** The area's name, for the letter (the id is what the data uses). */
  readonly areaName?: string;
  /**
   * Where the facts of the list's facts year came from, when udsyn looked the designation up:
   * typed in, or computed from a named register batch. For the case record and the replay, not
   * the letter (it names internal sources).
   */
  readonly factsSources?: readonly string[];
}

const isoDate = z.string().refine(isIsoDate, "ugyldig dato (ÅÅÅÅ-MM-DD)");
const benefitMonthSchema = z
  .object({
    month: z.string(),
    benefit: z.string().regex(/^[a-z_]+$/, "ydelseskode med små bogstaver, fx kontanthjaelp"),
  })
  .strict();
const personSchema = z
  .object({ pseudonym: z.string().min(1), benefitMonths: z.array(benefitMonthSchema) })
  .strict();

/** The API/CLI edge validates with this schema; it also documents the input. */
export const combinedLettingApplicationSchema = z
  .object({
    applicationDate: isoDate,
    areaId: z.string().min(1),
    dwelling: z
      .object({
        departmentId: z.string().optional(),
        dwellingId: z.string().optional(),
        address: z.string().optional(),
      })
      .strict()
      .optional(),
    household: z
      .object({
        applicant: personSchema,
        spouse: personSchema
          .extend({ relation: z.enum(["married", "cohabitant"]), cohabitingSinceDate: isoDate.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    alreadyResidentInDepartment: z.boolean(),
    waitingList: z
      .object({
        topOfList: z.boolean(),
        registeredDate: isoDate,
        position: z.number().int().positive().optional(),
      })
      .strict(),
  })
  .strict();

export const areaDesignationSchema = z
  .object({
    designated: z.boolean(),
    listReference: z.string().min(1),
    designatedSince: isoDate.optional(),
    areaName: z.string().min(1).optional(),
    factsSources: z.array(z.string().min(1).max(500)).max(20).readonly().optional(),
  })
  .strict();

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (key, part) =>
      typeof part === "number" ? `${key}[${part}]` : key === "" ? String(part) : `${key}.${String(part)}`,
    "",
  );
}

/** Parses untrusted input (JSON from the API or a file) into a checked application, or refuses with every issue. */
export function parseCombinedLettingInput(raw: unknown): {
  application: CombinedLettingApplication;
  designation: AreaDesignation;
} {
  const schema = z
    .object({ application: combinedLettingApplicationSchema, designation: areaDesignationSchema })
    .strict();
  const result = schema.safeParse(raw, { error: inEveryLanguage });
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ field: pathOf(i.path), ...issueTexts(i.message) }));
    throw new DomainError(
      "invalid_input",
      {
        da: `Ansøgningen er ugyldig: ${issues.length} fejl`,
        en: `The application is not valid: ${issues.length} ${issues.length === 1 ? "error" : "errors"}`,
      },
      issues,
    );
  }
  checkApplication(result.data.application as CombinedLettingApplication);
  return result.data as { application: CombinedLettingApplication; designation: AreaDesignation };
}

/**
 * The checks a schema cannot express, run by the decision itself so programmatic callers get
 * them too (the API answers 400, the CLI exits 1): malformed, duplicate or future benefit
 * months; a benefit code not in the code list; a cohabitant without a start date.
 */
export function checkApplication(application: CombinedLettingApplication): void {
  const issues: Issue[] = [];
  const applicationMonth = monthOfDate(application.applicationDate);
  const people: [string, HouseholdPerson | undefined][] = [
    ["household.applicant", application.household.applicant],
    ["household.spouse", application.household.spouse],
  ];
  for (const [path, person] of people) {
    if (!person) continue;
    const seen = new Map<number, number>();
    person.benefitMonths.forEach((entry, index) => {
      const field = `${path}.benefitMonths[${index}].month`;
      const month = parseCalendarMonth(entry.month);
      if (month === undefined) {
        issues.push({
          field,
          message: `ugyldig måned "${entry.month}" (ÅÅÅÅ-MM)`,
          en: `invalid month "${entry.month}" (YYYY-MM)`,
        });
        return;
      }
      const earlier = seen.get(month);
      if (earlier !== undefined) {
        issues.push({
          field,
          message: `måneden ${entry.month} står også i benefitMonths[${earlier}]; hver måned må kun stå én gang pr. person`,
          en: `the month ${entry.month} is also in benefitMonths[${earlier}]; each month may appear only once per person`,
        });
      } else seen.set(month, index);
      if (month > applicationMonth)
        issues.push({
          field,
          message: `måneden ${entry.month} ligger efter ansøgningsmåneden`,
          en: `the month ${entry.month} is after the month of the application`,
        });
    });
    // An unknown code (a typo) must not pass as "another benefit" that breaks a run.
    person.benefitMonths.forEach((entry, index) => {
      if (!isBenefitCode(entry.benefit))
        issues.push({
          field: `${path}.benefitMonths[${index}].benefit`,
          message: `ukendt ydelseskode "${entry.benefit}"; tilladte koder: ${benefitCodes.join(", ")}`,
          en: `unknown benefit code "${entry.benefit}"; allowed codes: ${benefitCodes.join(", ")}`,
        });
    });
  }
  const spouse = application.household.spouse;
  if (spouse?.relation === "cohabitant" && spouse.cohabitingSinceDate === undefined) {
    issues.push({
      field: "household.spouse.cohabitingSinceDate",
      message: "skal oplyses for en samlever (samliv i mindst 2 år ligestilles med ægteskab)",
      en: "must be given for a cohabitant (cohabitation for at least 2 years counts as marriage)",
    });
  }
  if (spouse?.cohabitingSinceDate !== undefined && spouse.cohabitingSinceDate > application.applicationDate) {
    issues.push({
      field: "household.spouse.cohabitingSinceDate",
      message: "ligger efter ansøgningsdatoen",
      en: "is after the application date",
    });
  }
  if (application.waitingList.registeredDate > application.applicationDate) {
    issues.push({
      field: "waitingList.registeredDate",
      message: "opskrivningen ligger efter ansøgningsdatoen",
      en: "the registration is after the application date",
    });
  }
  if (issues.length > 0)
    throw new DomainError(
      "invalid_input",
      {
        da: `Ansøgningen er ugyldig: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`,
        en: `The application is not valid: ${issues.map((i) => `${i.field}: ${i.en ?? i.message}`).join("; ")}`,
      },
      issues,
    );
}
