import { z } from "zod";
import { isoDateSchema } from "../domain/law/iso-date-schema.ts";

/** Shared request/response pieces, so every route spells a date or a year the same way. */
export const isoDate = isoDateSchema;
export const year = z.coerce.number().int().min(1900).max(2100);

/** Where a rule or a parameter comes from (`LegalSource`): the act, section, bill or document. */
export const legalSource = z.object({
  act: z.string().optional(),
  section: z.string().optional(),
  bill: z.string().optional(),
  document: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
});
