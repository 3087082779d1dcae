import { z } from "zod";
import { budgetTableSchema } from "../../../domain/policy/budget/budget-overview.ts";
import { tableViewSchema } from "../../../domain/policy/report/committee-report.ts";
import { roundChangeSchema } from "../../../domain/policy/report/round-diff.ts";
import { roundStatuses } from "../../../domain/policy/report/round-workflow.ts";
import { findingSchema } from "../../../domain/policy/validation/finding.ts";
import { showRoundBudget } from "../../../usecases/policy/round-budget.ts";
import { roundChanges } from "../../../usecases/policy/round-changes.ts";
import { validateRound } from "../../../usecases/policy/validate-round.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { committeeYear, roundRefOf, roundState, summary, tags, versionQuery } from "./shared.ts";

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
        response: {
          200: z.object({
            roundId: z.number(),
            version: z.number(),
            findings: z.array(findingSchema).readonly(),
          }),
        },
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
        response: {
          200: z.object({
            roundId: z.number(),
            status: z.enum(roundStatuses),
            heading: z.string(),
            /** Each table as stored (to edit) and as the report shows it (computed totals, in millions). */
            tables: z.array(z.object({ table: budgetTableSchema, view: tableViewSchema })).readonly(),
            /** The findings located in a budget table. */
            findings: z.array(findingSchema).readonly(),
          }),
        },
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
        response: {
          200: z.object({
            round: roundState,
            /** The round this one was copied from; null for none. */
            source: roundState.nullable(),
            changes: z.array(roundChangeSchema).readonly(),
          }),
        },
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
