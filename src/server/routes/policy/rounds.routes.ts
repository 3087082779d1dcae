import { z } from "zod";
import { storedOrganisationUnitSchema } from "../../../domain/policy/goals/organisation.ts";
import { listOrganisations } from "../../../usecases/policy/list-organisations.ts";
import { listRounds } from "../../../usecases/policy/list-rounds.ts";
import { requestNextYearRound } from "../../../usecases/policy/next-year-round.ts";
import { showRound } from "../../../usecases/policy/show-round.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { isoDate } from "../../schemas.ts";
import {
  committeeYear,
  roundDetail,
  roundRefOf,
  roundState,
  roundSummary,
  summary,
  tags,
  versionQuery,
} from "./shared.ts";

/** The organisation, the list of rounds, a new year's round, and one round whole. */
export function roundsRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/policy/organisations",
    {
      config: { access: listOrganisations.access },
      schema: {
        summary: "Udvalg og forvaltninger",
        tags,
        response: {
          200: z.object({ units: z.array(storedOrganisationUnitSchema) }),
        },
      },
    },
    async (request) => ({ units: await listOrganisations(ctx.useCases, actorOf(request), {}) }),
  );

  app.get(
    "/api/policy/rounds",
    {
      config: { access: listRounds.access },
      schema: {
        summary: "Redegørelsesrunder (nyeste først)",
        tags,
        response: { 200: z.object({ rounds: z.array(roundSummary) }) },
      },
    },
    async (request) => ({ rounds: await listRounds(ctx.useCases, actorOf(request), {}) }),
  );

  app.post(
    "/api/policy/rounds",
    {
      config: { access: requestNextYearRound.access },
      schema: {
        summary: "Anmod om en ny års redegørelse (kopi af udvalgets seneste)",
        tags,
        body: z.strictObject({
          committee: committeeYear.shape.committee,
          year: z.number().int().min(1900).max(2200),
          requestDate: isoDate,
          deadline: isoDate.nullable(),
        }),
        response: { 201: roundState },
      },
    },
    async (request, reply) =>
      reply.code(201).send(summary(await requestNextYearRound(ctx.useCases, actorOf(request), request.body))),
  );

  app.get(
    "/api/policy/rounds/:committee/:year",
    {
      config: { access: showRound.access },
      schema: {
        summary: "En redegørelse: status og indhold",
        tags,
        params: committeeYear,
        querystring: versionQuery,
        response: { 200: roundDetail },
      },
    },
    async (request) => {
      const round = await showRound(ctx.useCases, actorOf(request), roundRefOf(request));
      return { ...summary(round), content: round.content };
    },
  );
}
