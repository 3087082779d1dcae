import { showRoundBudget } from "../../../usecases/policy/round-budget.ts";
import { roundChanges } from "../../../usecases/policy/round-changes.ts";
import { validateRound } from "../../../usecases/policy/validate-round.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, roundRefOf, summary, tags, versionQuery } from "./shared.ts";

/** What a reader checks in a round: its findings, its overview with computed totals, its changes. */
export function roundCheckRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/policy/rounds/:committee/:year/validation",
    {
      config: { access: validateRound.access },
      schema: {
        summary: "Valideringsfund for en redegørelse",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const { round, findings } = await validateRound(ctx.useCases, actorOf(request), roundRefOf(request));
      return { roundId: round.id, version: round.version, findings };
    },
  );

  app.get(
    "/api/policy/rounds/:committee/:year/budget",
    {
      config: { access: showRoundBudget.access },
      schema: {
        summary: "Økonomisk oversigt med beregnede totaler",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => showRoundBudget(ctx.useCases, actorOf(request), roundRefOf(request)),
  );

  app.get(
    "/api/policy/rounds/:committee/:year/changes",
    {
      config: { access: roundChanges.access },
      schema: {
        summary: "Ændringer felt for felt siden runden, den er kopieret fra",
        tags,
        params: committeeYear,
        querystring: versionQuery,
      },
    },
    async (request) => {
      const { round, source, changes } = await roundChanges(
        ctx.useCases,
        actorOf(request),
        roundRefOf(request),
      );
      return { round: summary(round), source: source === null ? null : summary(source), changes };
    },
  );
}
