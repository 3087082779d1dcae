import { z } from "zod";
import { listRelocationGrants } from "../../../usecases/letting/relocation-grant-register.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf, payment } from "./schemas.ts";

export function relocationGrantRegisterRoute(app: App, ctx: AppContext): void {
  app.get(
    "/api/letting/relocation-grants",
    {
      config: { access: listRelocationGrants.access },
      schema: {
        summary: "Registret over afgørelser om flyttetilskud og deres udbetalinger (læsningen logges)",
        tags: ["udlejning"],
        response: {
          200: z.object({
            grants: arrayOf(
              z.object({
                id: z.number(),
                decisionDate: z.string(),
                areaId: z.string(),
                subjectPseudonym: z.string(),
                result: z.string(),
                amount: z.number(),
                payment: payment.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ grants: await listRelocationGrants(ctx.useCases, actorOf(request), undefined) }),
  );
}
