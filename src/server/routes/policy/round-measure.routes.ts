import { z } from "zod";
import { periodSchema } from "../../../domain/policy/goals/period.ts";
import { measureGoals } from "../../../usecases/register/measure-goals.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, tags } from "./shared.ts";

/** Goals a, b and c measured from a batch of register data, written into the round. */
export function roundMeasureRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/policy/rounds/:committee/:year/measurements",
    {
      config: { access: measureGoals.access },
      schema: {
        summary: "Mål redegørelsens beregnede indikatorer fra registerdata og skriv målingerne i runden",
        tags,
        params: committeeYear,
        body: z.object({
          /** The register batch; absent: the newest. */
          batch: z.string().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({
            batch: z.string(),
            requestDate: z.string(),
            roundId: z.number(),
            committee: z.string(),
            year: z.number(),
            version: z.number(),
            indicators: z
              .array(
                z.object({
                  indicatorId: z.string(),
                  name: z.string(),
                  measurements: z
                    .array(
                      z.object({
                        period: periodSchema.nullable(),
                        value: z.number().nullable(),
                        statedText: z.string(),
                        note: z.string().optional(),
                      }),
                    )
                    .readonly(),
                  afterRoundDate: z.number().int(),
                  unmeasured: z.enum(["no_area_facts", "only_after_round_date", "no_years"]).optional(),
                }),
              )
              .readonly(),
          }),
        },
      },
    },
    async (request) =>
      measureGoals(ctx.useCases, actorOf(request), {
        committee: request.params.committee,
        year: request.params.year,
        batch: request.body.batch,
      }),
  );
}
