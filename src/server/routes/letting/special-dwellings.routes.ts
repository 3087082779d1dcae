import { z } from "zod";
import { specialDwellingsOverview } from "../../../usecases/letting/special-dwellings.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { isoDate } from "../../schemas.ts";
import { parameterUse } from "../rules.routes.ts";
import { arrayOf, specialDwellingRow } from "./schemas.ts";

export function specialDwellingsRoute(app: App, ctx: AppContext): void {
  app.get(
    "/api/letting/special-dwellings",
    {
      config: { access: specialDwellingsOverview.access },
      schema: {
        summary: "Særboliger: registret og fremdriften i forhold til planen",
        tags: ["udlejning"],
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: {
          200: z.object({
            asOf: z.string(),
            rows: arrayOf(specialDwellingRow),
            progress: z.object({
              target: z.number(),
              periodStart: z.string(),
              periodEnd: z.string(),
              years: arrayOf(
                z.object({
                  year: z.number(),
                  created: z.number(),
                  cumulative: z.number(),
                  plannedCumulative: z.number(),
                  onTrack: z.boolean(),
                }),
              ),
              createdTotal: z.number(),
              remaining: z.number(),
              onTrack: z.boolean(),
              parametersUsed: arrayOf(parameterUse),
            }),
          }),
        },
      },
    },
    async (request) => specialDwellingsOverview(ctx.useCases, actorOf(request), request.query),
  );
}
