import { decisionLetter } from "../../../usecases/letting/decision-letter.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { idParams } from "./schemas.ts";

export function decisionLetterRoute(app: App, ctx: AppContext): void {
  app.get(
    "/api/letting/decisions/:id/letter.pdf",
    {
      config: { access: decisionLetter.access },
      schema: {
        summary: "Afgørelsen som brev (PDF); læsningen logges",
        tags: ["udlejning"],
        params: idParams,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const { record, pdf } = await decisionLetter(ctx.useCases, actorOf(request), request.params);
      // The letter names a person: no cache may keep it.
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="afgoerelse-${record.id}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
}
