import { z } from "zod";
import { listStoredDecisions, readStoredDecision } from "../../../usecases/letting/stored-decisions.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf, decisionKind, decisionRecord, decisionSummary, idParams } from "./schemas.ts";

export function storedDecisionsRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/letting/decisions",
    {
      config: { access: listStoredDecisions.access },
      schema: {
        summary: "Gemte afgørelser, nyeste først (læsningen logges)",
        tags: ["udlejning"],
        querystring: z.strictObject({
          kind: decisionKind.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ decisions: arrayOf(decisionSummary) }) },
      },
    },
    async (request) => ({
      decisions: await listStoredDecisions(ctx.useCases, actorOf(request), request.query),
    }),
  );

  app.get(
    "/api/letting/decisions/:id",
    {
      config: { access: readStoredDecision.access },
      schema: {
        summary: "Én gemt afgørelse med input, parametre og begrundelse (læsningen logges)",
        tags: ["udlejning"],
        params: idParams,
        response: { 200: decisionRecord },
      },
    },
    async (request) => readStoredDecision(ctx.useCases, actorOf(request), request.params),
  );
}
