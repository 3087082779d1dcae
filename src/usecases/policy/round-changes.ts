import { AGGREGATE_READERS } from "../../domain/access.ts";
import { diffRounds, type RoundChange } from "../../domain/policy/report/round-diff.ts";
import { defineUseCase } from "../use-case.ts";
import {
  maySeeRound,
  type RoundRecord,
  type RoundRef,
  requireRoundById,
  requireVisibleRound,
} from "./round-lookup.ts";

export interface RoundChanges {
  readonly round: RoundRecord;
  /** The round this one was copied from (last year's, or the published version it corrects); null for none. */
  readonly source: RoundRecord | null;
  readonly changes: readonly RoundChange[];
}

/** What changed in each status schema and budget line since the round this one was copied from. */
export const roundChanges = defineUseCase(
  "se ændringer i en redegørelse",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RoundChanges> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    if (round.createdFromId === null) return { round, source: null, changes: [] };
    const source = await requireRoundById(ctx.db, round.createdFromId);
    // A diff against a round the reader may not see would show its content line by line.
    if (!maySeeRound(actor, source.status)) return { round, source: null, changes: [] };
    return { round, source, changes: diffRounds(source.content, round.content) };
  },
);
