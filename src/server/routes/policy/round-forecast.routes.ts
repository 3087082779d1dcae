import { z } from "zod";
import { roundForecastSchema } from "../../../domain/policy/forecast/forecast-schema.ts";
import { forecastGoals } from "../../../usecases/policy/forecast-goals.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, roundRefOf, tags, versionQuery } from "./shared.ts";

/** Will the goals be met? The forecast of every goal's indicators, beside the assessments. */
export function roundForecastRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/policy/rounds/:committee/:year/forecast",
    {
      config: { access: forecastGoals.access },
      schema: {
        summary: "Fremskrivning af målenes indikatorer til fristen, barometer og efterprøvning",
        tags,
        params: committeeYear,
        querystring: versionQuery,
        response: {
          200: z.object({
            roundId: z.number(),
            version: z.number(),
            forecast: roundForecastSchema,
          }),
        },
      },
    },
    async (request) => {
      const { round, forecast } = await forecastGoals(ctx.useCases, actorOf(request), roundRefOf(request));
      return { roundId: round.id, version: round.version, forecast };
    },
  );
}
