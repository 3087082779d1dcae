import { z } from "zod";
import { comparators } from "../domain/law/comparator.ts";
import { parameterUnits } from "../domain/law/parameter.ts";

/**
 * The shape of one parameter file. Structure only: dates, periods and the fit between a value
 * and its unit are checked afterwards so that each failure gets its own error kind.
 */
const sourceSchema = z
  .object({
    act: z.string().min(1).optional(),
    section: z.string().min(1).optional(),
    bill: z.string().min(1).optional(),
    document: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    url: z.url().optional(),
  })
  .strict()
  .refine((s) => s.act ?? s.bill ?? s.document ?? s.text, {
    message: "en kilde skal nævne mindst én af act, bill, document eller text",
  });

const scalarSchema = z.union([z.number(), z.string(), z.boolean()]);
const bracketSchema = z
  .object({ threshold: z.union([z.number(), z.string()]), value: z.union([z.number(), z.string()]) })
  .strict();

const entrySchema = z
  .object({
    effective_from: z.string(),
    effective_to: z.string().optional(),
    value: z.union([z.null(), scalarSchema, z.array(z.string()), z.array(bracketSchema)]),
    comparator: z.enum(comparators).optional(),
    source: sourceSchema,
    note: z.string().min(1).optional(),
    verify: z.boolean().optional(),
  })
  .strict();

export const parameterFileSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/, "id skal være punktum-adskilte små bogstaver, fx omraader.x"),
    description: z.string().min(1),
    /** The description in English, for a reader who chose English (the law's words stay Danish in `description`). */
    description_en: z.string().min(1).optional(),
    unit: z.enum(parameterUnits),
    choices: z.array(z.string().min(1)).min(2).optional(),
    verify: z.boolean().optional(),
    note: z.string().min(1).optional(),
    values: z.array(entrySchema).min(1),
  })
  .strict()
  .refine((file) => file.unit !== "choice" || file.choices !== undefined, {
    message: "unit choice kræver en liste choices",
    path: ["choices"],
  });

export type ParameterFile = z.infer<typeof parameterFileSchema>;
export type ParameterFileEntry = ParameterFile["values"][number];
