import { z } from "zod";
import { annulDecision } from "../../../usecases/letting/annul-decision.ts";
import { supersessionReason } from "../../../usecases/letting/case-record.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { decisionRecord, idParams } from "./schemas.ts";

export function annulDecisionRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/decisions/:id/annulment",
    {
      config: { access: annulDecision.access },
      schema: {
        summary: "Annullér en gemt afgørelse med en ny afgørelse, der henviser til den, med årsag",
        description:
          "Den gamle afgørelse ændres ikke; annulleringen gemmes som en ny afgørelse (resultat annulled) og logges. En afgørelse kan kun annulleres eller rettes én gang (409).",
        tags: ["udlejning"],
        params: idParams,
        body: z.strictObject({ reason: supersessionReason }),
        response: { 201: decisionRecord },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await annulDecision(ctx.useCases, actorOf(request), { ...request.params, ...request.body })),
  );
}
