import { z } from "zod";
import { DomainError } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import { isoDateSchema } from "../../domain/law/iso-date-schema.ts";
import {
  areaDesignationSchema,
  combinedLettingApplicationSchema,
} from "../../domain/letting/combined-letting-application.ts";
import type { RelocationGrantRequest } from "../../domain/letting/relocation-grant-request.ts";
import { inEveryLanguage, issueTexts } from "../../domain/validation-messages.ts";
import { caseRecordSchema } from "./case-record.ts";
import type { CombinedLettingRequest } from "./decide-combined-letting.ts";
import type { FlexibleLettingRequest } from "./flexible-letting.ts";

/**
 * The input of the letting use cases, validated once at the edge: the API uses these schemas
 * for its bodies (and OpenAPI), the CLI for its JSON files. Unknown fields are refused.
 */
const isoDate = isoDateSchema;

export const combinedLettingRequestSchema = z.strictObject({
  application: combinedLettingApplicationSchema,
  designation: areaDesignationSchema.optional(),
  case: caseRecordSchema.optional(),
});

export const flexibleLettingRequestSchema = z.strictObject({
  date: isoDate,
  vacancy: z.strictObject({
    vacancyId: z.string().min(1).max(100),
    areaId: z.string().min(1).max(100),
    departmentId: z.string().max(100).optional(),
    vacancyNumberInYear: z.number().int().min(1),
  }),
  applicants: z
    .array(
      z.strictObject({
        pseudonym: z.string().min(1).max(100),
        waitingListPosition: z.number().int().min(1),
        inWork: z.boolean().optional(),
        student: z.boolean().optional(),
        oldAgePensioner: z.boolean().optional(),
        divorcedOrSeparatedOn: isoDate.optional(),
      }),
    )
    .max(1000),
  areaShareOutside: z
    .strictObject({
      numerator: z.number().int().min(0),
      denominator: z.number().int().min(1),
      factsYear: z.number().int().min(1900).max(2100).optional(),
    })
    .optional(),
});

export const relocationGrantRequestSchema = z.strictObject({
  applicationDate: isoDate,
  household: z.strictObject({
    pseudonym: z.string().min(1).max(100),
    livesOnTransferIncome: z.boolean(),
    transferIncomeDescription: z.string().max(500).optional(),
  }),
  from: z.strictObject({
    areaId: z.string().min(1).max(100),
    vulnerable: z.boolean().optional(),
    listReference: z.string().max(500).optional(),
  }),
  to: z.strictObject({
    inMunicipality: z.boolean(),
    newDwelling: z.boolean(),
    areaId: z.string().max(100).optional(),
    vulnerable: z.boolean(),
  }),
  case: caseRecordSchema.optional(),
});

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (key, part) =>
      typeof part === "number" ? `${key}[${part}]` : key === "" ? String(part) : `${key}.${String(part)}`,
    "",
  );
}

/** `what` names the input: Danish as the subject of "er ugyldig", English after "Invalid". */
function parseWith<T>(schema: z.ZodType, raw: unknown, what: Texts, source?: string): T {
  const result = schema.safeParse(raw, { error: inEveryLanguage });
  if (result.success) return result.data as T;
  const issues = result.error.issues.flatMap((i) => {
    const at = pathOf(i.path);
    // An unknown field is named by itself, not by the object it sits in.
    if (i.code === "unrecognized_keys") {
      return i.keys.map((key) => ({
        ...(source === undefined ? {} : { source }),
        field: at === "" ? key : `${at}.${key}`,
        message: "ukendt felt",
        en: "unknown field",
      }));
    }
    return [
      {
        ...(source === undefined ? {} : { source }),
        field: at === "" ? "(rod)" : at,
        ...issueTexts(i.message),
      },
    ];
  });
  const count = issues.length;
  throw new DomainError(
    "invalid_input",
    {
      da: `${what.da} er ugyldig: ${count} fejl`,
      en: `Invalid ${what.en}: ${count} ${count === 1 ? "error" : "errors"}`,
    },
    issues,
  );
}

export function parseCombinedLettingRequest(raw: unknown, source?: string): CombinedLettingRequest {
  return parseWith(combinedLettingRequestSchema, raw, { da: "Ansøgningen", en: "application" }, source);
}

export function parseFlexibleLettingRequest(raw: unknown, source?: string): FlexibleLettingRequest {
  return parseWith(
    flexibleLettingRequestSchema,
    raw,
    { da: "Den ledige bolig og ansøgerne", en: "vacancy and applicants" },
    source,
  );
}

export function parseRelocationGrantRequest(raw: unknown, source?: string): RelocationGrantRequest {
  return parseWith(
    relocationGrantRequestSchema,
    raw,
    { da: "Ansøgningen om flyttetilskud", en: "relocation grant application" },
    source,
  );
}
