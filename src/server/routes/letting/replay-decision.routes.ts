import { z } from "zod";
import { replayStoredDecision } from "../../../usecases/letting/replay-decision.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf, idParams } from "./schemas.ts";

export function replayDecisionRoute(app: App, ctx: AppContext): void {
  app.get(
    "/api/letting/decisions/:id/replay",
    {
      config: { access: replayStoredDecision.access },
      schema: {
        summary:
          "Genafspil en gemt afgørelse med dagens parametre: identisk, eller hvilken parameter der ændrede den",
        tags: ["udlejning"],
        params: idParams,
        response: {
          200: z.object({
            id: z.number(),
            kind: z.enum(["identical", "different"]),
            storedResult: z.string(),
            newResult: z.string(),
            ruleVersionId: z.string(),
            ruleVersionChanged: z.boolean(),
            resultChanged: z.boolean(),
            changedParameters: arrayOf(
              z.object({ id: z.string(), storedValue: z.unknown(), currentValue: z.unknown() }),
            ),
            summary: z.string(),
            newJustificationText: z.string().optional(),
            factsSources: z.array(z.string()).readonly().optional(),
          }),
        },
      },
    },
    async (request) => replayStoredDecision(ctx.useCases, actorOf(request), request.params),
  );
}
