import { z } from "zod";

/** Who pays for a budget line, as a share of it or as an amount (kroner). */
export const fundingSourceSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("share"),
      funder: z.string().min(1),
      share: z.number().gt(0).max(1),
      statedText: z.string().min(1),
    }),
    z.object({
      kind: z.literal("amount"),
      funder: z.string().min(1),
      amount: z.number().int().positive(),
      statedText: z.string().min(1),
    }),
  ])
  .readonly();
export type FundingSource = z.infer<typeof fundingSourceSchema>;
