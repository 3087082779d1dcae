import { z } from "zod";
import { analyseCaseOutcomes, outcomeCsv } from "../../../usecases/cases/outcome-analysis.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf } from "../../schemas.ts";

const estimate = z.object({ n: z.number(), mean: z.number(), ciLow: z.number(), ciHigh: z.number() });
const cell = z.union([
  z.object({
    intervention: z.string(),
    parameter: z.string(),
    higherIsBetter: z.boolean(),
    suppressed: z.literal(false),
    treated: estimate,
    matched: estimate.extend({ n: z.union([z.number(), z.literal("under_minimum")]) }).nullable(),
    unmatched: z.union([z.number(), z.literal("under_minimum")]),
  }),
  z.object({
    intervention: z.string(),
    parameter: z.string(),
    higherIsBetter: z.boolean(),
    suppressed: z.literal(true),
    n: z.literal("under_minimum"),
  }),
]);

export function caseOutcomeRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/cases/outcomes",
    {
      config: { access: analyseCaseOutcomes.access },
      schema: {
        summary: "Effektmåling: ændring pr. parameter og indsats, 95 % KI, sammenligning med matchede unge",
        tags: ["sager"],
        response: {
          200: z.object({
            asOf: z.string(),
            matching: z.object({ maxScoreDistance: z.number(), maxAgeDistance: z.number() }),
            parameters: arrayOf(z.object({ key: z.string(), name: z.string(), higherIsBetter: z.boolean() })),
            interventionTypes: arrayOf(z.object({ key: z.string(), name: z.string() })),
            cells: arrayOf(cell),
          }),
        },
      },
    },
    async (request) => analyseCaseOutcomes(ctx.useCases, actorOf(request), {}),
  );

  app.get(
    "/api/cases/outcomes.csv",
    {
      config: { access: analyseCaseOutcomes.access },
      schema: { summary: "Effektmålingens aggregater som CSV (semikolon, UTF-8)", tags: ["sager"] },
    },
    async (request, reply) => {
      const report = await analyseCaseOutcomes(ctx.useCases, actorOf(request), {});
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="effektmaaling-${report.asOf}.csv"`)
        .send(outcomeCsv(report));
    },
  );
}
