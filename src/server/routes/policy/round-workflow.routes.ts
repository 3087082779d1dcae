import { z } from "zod";
import { roundStatuses } from "../../../domain/policy/report/round-workflow.ts";
import { correctRound } from "../../../usecases/policy/correct-round.ts";
import { showRoundHistory } from "../../../usecases/policy/round-history.ts";
import { transitionRound } from "../../../usecases/policy/transition-round.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, roundId, roundRefOf, roundState, summary, tags, versionQuery } from "./shared.ts";

/** The workflow: a status change, and a new version to correct a published round. */
export function roundWorkflowRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/policy/rounds/:id/transition",
    {
      config: { access: transitionRound.access },
      schema: {
        summary:
          "Flyt redegørelsen i arbejdsgangen (med en kommentar til historikken); den, der har skrevet på den, kan ikke godkende eller offentliggøre den (fire øjne)",
        tags,
        params: roundId,
        body: z.strictObject({ to: z.enum(roundStatuses), comment: z.string().max(2000).optional() }),
        response: { 200: roundState },
      },
    },
    async (request) =>
      summary(
        await transitionRound(ctx.useCases, actorOf(request), {
          roundId: request.params.id,
          to: request.body.to,
          comment: request.body.comment,
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

  app.get(
    "/api/policy/rounds/:committee/:year/history",
    {
      config: { access: showRoundHistory.access },
      schema: {
        summary:
          "Redegørelsens historik: hvem flyttede den hvornår, med hvilken kommentar, og hvem har skrevet på den",
        tags,
        params: committeeYear,
        querystring: versionQuery,
        response: {
          200: z.object({
            events: z
              .array(
                z.object({
                  at: z.string(),
                  actorName: z.string(),
                  from: z.enum(roundStatuses).nullable(),
                  to: z.enum(roundStatuses),
                  comment: z.string().nullable(),
                }),
              )
              .readonly(),
            drafters: z.array(z.string()).readonly(),
          }),
        },
      },
    },
    async (request) => showRoundHistory(ctx.useCases, actorOf(request), roundRefOf(request)),
  );
}
