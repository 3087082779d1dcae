import { todayOf } from "../domain/law/clock.ts";
import { ParameterReader } from "../domain/law/parameter-reader.ts";
import { MINIMUM_CELL_PARAMETER } from "../domain/statistics/disclosure.ts";
import type { UseCaseContext } from "./use-case.ts";

/**
 * The minimum cell of disclosure control in force on the day a figure is published (today in
 * Copenhagen), not on the day the figure is about: the rule protects the persons now.
 */
export async function minimumCellToday(ctx: Pick<UseCaseContext, "clock" | "parameters">): Promise<number> {
  return new ParameterReader(await ctx.parameters(), todayOf(ctx.clock)).number(MINIMUM_CELL_PARAMETER);
}
