import { POLICY_EDITORS } from "../../domain/access.ts";
import type { BudgetCell } from "../../domain/policy/budget/budget-overview.ts";
import { withBudgetCell } from "../../domain/policy/report/round-edits.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import type { RoundRecord } from "./round-lookup.ts";

export interface BudgetCellEdit {
  readonly roundId: number;
  /** The revision the editor saw; a round changed since is refused (409). */
  readonly revision: number;
  readonly tableId: string;
  readonly lineId: string;
  readonly year: number;
  readonly cell: BudgetCell;
}

/** One amount (or dash, or blank) of the economic overview. */
export const editBudgetCell = defineUseCase(
  "rette et beløb i den økonomiske oversigt",
  POLICY_EDITORS,
  async (ctx, actor, input: BudgetCellEdit): Promise<RoundRecord> =>
    changeRoundContent(
      ctx,
      actor,
      input.roundId,
      "round.budget_cell.update",
      (content) => withBudgetCell(content, input.tableId, input.lineId, input.year, input.cell),
      input.revision,
    ),
);
