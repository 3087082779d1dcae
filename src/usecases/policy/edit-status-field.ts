import { POLICY_EDITORS } from "../../domain/access.ts";
import { withStatusField } from "../../domain/policy/report/round-edits.ts";
import { defineUseCase } from "../use-case.ts";
import { changeRoundContent } from "./change-round-content.ts";
import type { RoundRecord } from "./round-lookup.ts";

export interface StatusFieldEdit {
  readonly roundId: number;
  /** The revision the editor saw; a round changed since is refused (409). */
  readonly revision: number;
  readonly initiativeId: string;
  readonly field: string;
  /** Plain text: paragraphs apart by a blank line, list items starting with `•` or `–`. */
  readonly text: string;
}

/** One field of an initiative's status schema. */
export const editStatusField = defineUseCase(
  "rette et felt i et statusskema",
  POLICY_EDITORS,
  async (ctx, actor, input: StatusFieldEdit): Promise<RoundRecord> =>
    changeRoundContent(
      ctx,
      actor,
      input.roundId,
      "round.status_field.update",
      (content) => withStatusField(content, input.initiativeId, input.field, input.text),
      input.revision,
    ),
);
