import { z } from "zod";
import { beyondGoalsFieldKeys, type StatusFieldKey, servingGoalsFieldKeys } from "./status-report-layout.ts";

/**
 * Any status-field key of either layout, as a schema. Apart from `status-report-layout.ts`, which
 * the web app imports, so zod stays out of its bundle.
 */
export const statusFieldKeySchema = z.enum([
  ...new Set([...servingGoalsFieldKeys, ...beyondGoalsFieldKeys]),
] as [StatusFieldKey, ...StatusFieldKey[]]);
