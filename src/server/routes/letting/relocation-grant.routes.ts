import { relocationGrantRequestSchema } from "../../../usecases/letting/letting-input.ts";
import { decideRelocationGrant } from "../../../usecases/letting/relocation-grant.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { decisionRecord } from "./schemas.ts";

export function relocationGrantRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/relocation-grants",
    {
      config: { access: decideRelocationGrant.access },
      schema: {
        summary: "Træf og gem en afgørelse om flyttetilskud",
        description:
          "Uden from.vulnerable læses et udsat område som et område udpeget til kombineret udlejning på ansøgningsdatoen (områdefakta i databasen).",
        tags: ["udlejning"],
        body: relocationGrantRequestSchema,
        response: { 201: decisionRecord },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await decideRelocationGrant(ctx.useCases, actorOf(request), request.body)),
  );
}
