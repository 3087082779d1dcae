import { AGGREGATE_READERS } from "../../domain/access.ts";
import type { RoundForecast } from "../../domain/policy/forecast/forecast-schema.ts";
import { forecastRound } from "../../domain/policy/forecast/goal-forecast.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundRef, type RoundSummary, requireVisibleRound, summaryOf } from "./round-lookup.ts";
import { studentT } from "./student-t.ts";

export interface GoalsForecast {
  readonly round: RoundSummary;
  readonly forecast: RoundForecast;
}

/**
 * Every goal of a round with its indicators' forecasts to the deadline, barometer readings and
 * backtests. Evidence beside the committee's assessment, never a replacement for it; readable by
 * whoever may read the round.
 */
export const forecastGoals = defineUseCase(
  "se fremskrivning af målene i en redegørelse",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<GoalsForecast> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    return { round: summaryOf(round), forecast: forecastRound(round.content, studentT) };
  },
);
