import { AGGREGATE_READERS } from "../../domain/access.ts";
import type { BudgetTable } from "../../domain/policy/budget/budget-overview.ts";
import { budgetTableView } from "../../domain/policy/report/budget-table-view.ts";
import type { TableView } from "../../domain/policy/report/committee-report.ts";
import type { RoundStatus } from "../../domain/policy/report/round-workflow.ts";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";

export interface RoundBudget {
  readonly roundId: number;
  readonly status: RoundStatus;
  readonly heading: string;
  /** Each table as stored (to edit) and as the report shows it (computed totals, in millions). */
  readonly tables: readonly { readonly table: BudgetTable; readonly view: TableView }[];
  /** The findings located in a budget table. */
  readonly findings: readonly Finding[];
}

/** The economic overview of a round with its computed totals and the findings about it. */
export const showRoundBudget = defineUseCase(
  "se den økonomiske oversigt",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RoundBudget> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    const { budget } = round.content;
    return {
      roundId: round.id,
      status: round.status,
      heading: budget.heading,
      tables: budget.tables.map((table, index) => ({
        table,
        view: budgetTableView(table, budget.footnotes, index + 1),
      })),
      findings: validateReport(round.content).filter((f) => f.location.table !== undefined),
    };
  },
);
