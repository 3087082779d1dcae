import { z } from "zod";
import { roundStatuses } from "../../../domain/policy/report/round-workflow.ts";
import { correctRound } from "../../../usecases/policy/correct-round.ts";
import { transitionRound } from "../../../usecases/policy/transition-round.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { roundId, roundState, summary, tags } from "./shared.ts";

/** The workflow: a status change, and a new version to correct a published round. */
export function roundWorkflowRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/policy/rounds/:id/transition",
    {
      config: { access: transitionRound.access },
      schema: {
        summary: "Flyt redegørelsen i arbejdsgangen",
        tags,
        params: roundId,
        body: z.strictObject({ to: z.enum(roundStatuses) }),
        response: { 200: roundState },
      },
    },
    async (request) =>
      summary(
        await transitionRound(ctx.useCases, actorOf(request), {
          roundId: request.params.id,
          to: request.body.to,
        }),
      ),
  );

  app.post(
    "/api/policy/rounds/:id/corrections",
    {
      config: { access: correctRound.access },
      schema: {
        summary: "Ny version af en offentliggjort redegørelse (rettelse)",
        tags,
        params: roundId,
        response: { 201: roundState },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(summary(await correctRound(ctx.useCases, actorOf(request), { roundId: request.params.id }))),
  );
}
