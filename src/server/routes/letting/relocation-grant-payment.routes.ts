import { z } from "zod";
import { registerGrantPayment } from "../../../usecases/letting/relocation-grant-payment.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { isoDate } from "../../schemas.ts";
import { idParams, payment } from "./schemas.ts";

export function relocationGrantPaymentRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/relocation-grants/:id/payments",
    {
      config: { access: registerGrantPayment.access },
      schema: {
        summary: "Registrér udbetalingen af et bevilget flyttetilskud (det bevilgede beløb; kun én gang)",
        tags: ["udlejning"],
        params: idParams,
        // No amount: the use case pays the granted amount, and an amount sent is refused as unknown.
        body: z.strictObject({ paidOn: isoDate }),
        response: { 201: payment },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await registerGrantPayment(ctx.useCases, actorOf(request), {
          decisionId: request.params.id,
          paidOn: request.body.paidOn,
        }),
      ),
  );
}
