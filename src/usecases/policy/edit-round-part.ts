import { POLICY_EDITORS } from "../../domain/access.ts";
import { applyPartEdit, type RoundPartEdit } from "../../domain/policy/report/round-parts.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import type { RoundRecord } from "./round-lookup.ts";

export interface RoundPartEditInput {
  readonly roundId: number;
  /** The revision the editor saw; a round changed since is refused (409). */
  readonly revision: number;
  readonly edit: RoundPartEdit;
}

/**
 * One part of a round changed: header, texts, a goal, an indicator, a target, a measurement, an
 * assessment, an initiative, or a flagged field marked reviewed. Each kind is audited as
 * `round.part.<kind>` with what it was and what it became (and the reason, for a deletion).
 */
export const editRoundPart = defineUseCase(
  "rette en del af en redegørelse",
  POLICY_EDITORS,
  async (ctx, actor, input: RoundPartEditInput): Promise<RoundRecord> =>
    changeRoundContent(
      ctx,
      actor,
      input.roundId,
      `round.part.${input.edit.part}`,
      (content) => applyPartEdit(content, input.edit),
      input.revision,
    ),
);
