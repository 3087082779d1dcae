import { z } from "zod";
import { isIsoDate } from "./iso-date.ts";

/**
 * The one schema for an ISO calendar date (YYYY-MM-DD, a real day: no 2010-02-30), used by the
 * domain's schemas, the API's request schemas and the CLI's input files alike.
 */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "en gyldig dato på formen ÅÅÅÅ-MM-DD" });
