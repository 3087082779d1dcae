import { POLICY_EDITORS } from "../../domain/access.ts";
import { type StatedTotalTarget, withStatedTotal } from "../../domain/policy/report/round-edits.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import type { RoundRecord } from "./round-lookup.ts";

export type { StatedTotalTarget };

export interface StatedTotalEdit {
  readonly roundId: number;
  /** The revision the editor saw; a round changed since is refused (409). */
  readonly revision: number;
  readonly tableId: string;
  readonly target: StatedTotalTarget;
  /** Whole kroner as the report states it; null removes the stated total. */
  readonly amount: number | null;
}

/** A total as the report states it, kept beside udsyn's computed total so validation can compare. */
export const editStatedTotal = defineUseCase(
  "rette en angiven total",
  POLICY_EDITORS,
  async (ctx, actor, input: StatedTotalEdit): Promise<RoundRecord> =>
    changeRoundContent(
      ctx,
      actor,
      input.roundId,
      "round.stated_total.update",
      (content) => withStatedTotal(content, input.tableId, input.target, input.amount),
      input.revision,
    ),
);
