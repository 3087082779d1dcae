import { z } from "zod";
import { isoDateSchema } from "../domain/law/iso-date-schema.ts";

/** Shared request/response pieces, so every route spells a date or a year the same way. */
export const isoDate = isoDateSchema;

/** Domain results are readonly; so are the response arrays. */
export const arrayOf = <T extends z.ZodType>(item: T) => z.array(item).readonly();
export const year = z.coerce.number().int().min(1900).max(2100);

/** The largest value of PostgreSQL's `integer` (serial ids, versions, counts): one more is a 500 there. */
export const INT32_MAX = 2_147_483_647;
/** A row id or version number in a path or query: a positive `integer`. */
export const positiveInteger = z.coerce.number().int().min(1).max(INT32_MAX);

/** Where a rule or a parameter comes from (`LegalSource`): the act, section, bill or document. */
export const legalSource = z.object({
  act: z.string().optional(),
  section: z.string().optional(),
  bill: z.string().optional(),
  document: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
});
