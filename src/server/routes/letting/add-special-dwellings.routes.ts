import { z } from "zod";
import { addSpecialDwellings } from "../../../usecases/letting/add-special-dwellings.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { year } from "../../schemas.ts";
import { specialDwellingRow } from "./schemas.ts";

export function addSpecialDwellingsRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/special-dwellings",
    {
      config: { access: addSpecialDwellings.access },
      schema: {
        summary: "Registrér særboliger oprettet i et år",
        tags: ["udlejning"],
        body: z.strictObject({
          year,
          dwellings: z.number().int().min(1).max(100_000),
          areaId: z.string().min(1).max(100).optional(),
          description: z.string().min(1).max(500),
          municipalReferralShare: z.number().gt(0).max(1).optional(),
        }),
        response: { 201: specialDwellingRow },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSpecialDwellings(ctx.useCases, actorOf(request), request.body)),
  );
}
