import { z } from "zod";
import { decideCombinedLetting } from "../../../usecases/letting/decide-combined-letting.ts";
import { combinedLettingRequestSchema } from "../../../usecases/letting/letting-input.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { decisionRecord } from "./schemas.ts";

export function decideCombinedLettingRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/decisions",
    {
      config: { access: decideCombinedLetting.access },
      schema: {
        summary: "Træf og gem en afgørelse om kombineret udlejning (§ 51 b)",
        description:
          "Uden designation slås områdets udpegning op i klassifikationen på ansøgningsdatoen (områdefakta i databasen). Afgørelsen gemmes med regelversion, input, anvendte parametre, resultat og begrundelse.",
        tags: ["udlejning"],
        body: combinedLettingRequestSchema,
        response: { 201: decisionRecord.extend({ designationSource: z.enum(["given", "facts"]) }) },
      },
    },
    async (request, reply) => {
      const { record, designationSource } = await decideCombinedLetting(
        ctx.useCases,
        actorOf(request),
        request.body,
      );
      return reply.code(201).send({ ...record, designationSource });
    },
  );
}
