import { z } from "zod";
import { arrayOf, legalSource, positiveInteger } from "../../schemas.ts";

/** Response pieces the letting routes share, so a decision is described the same way everywhere. */

export { arrayOf };

export const decisionKind = z.enum(["combined_letting", "relocation_grant", "flexible_letting"]);

export const justification = z.object({
  legalBasis: z.string(),
  facts: arrayOf(z.string()),
  reasoning: arrayOf(z.string()),
  text: z.string(),
});

export const decisionSummary = z.object({
  id: z.number(),
  kind: decisionKind,
  decisionDate: z.string(),
  areaId: z.string(),
  subjectPseudonym: z.string(),
  result: z.string(),
  ruleVersion: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const decisionRecord = decisionSummary.extend({
  inputFacts: z.unknown(),
  parametersUsed: arrayOf(z.object({ id: z.string(), value: z.unknown() }).passthrough()),
  justification,
  decision: z.record(z.string(), z.unknown()),
});

export const idParams = z.strictObject({ id: positiveInteger });

export const ruleVersionRef = z.object({
  id: z.string(),
  name: z.string(),
  source: legalSource,
});

export const payment = z.object({
  id: z.number(),
  decisionId: z.number(),
  amount: z.number(),
  paidOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const specialDwellingRow = z.object({
  id: z.number(),
  year: z.number(),
  dwellings: z.number(),
  areaId: z.string().nullable(),
  description: z.string(),
  municipalReferralShare: z.number(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
