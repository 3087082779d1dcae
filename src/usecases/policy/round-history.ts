import { listRoundDrafters, listRoundEvents, type RoundEvent } from "../../db/policy.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";

export interface RoundHistory {
  /** Each status change, oldest first: who, when, from what to what, the comment. */
  readonly events: readonly RoundEvent[];
  /** Who changed the content or sent it for review: under four eyes, they may not approve it. */
  readonly drafters: readonly string[];
}

/** A round's history as its page shows it, to whoever may see the round. */
export const showRoundHistory = defineUseCase(
  "se en redegørelses historik",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RoundHistory> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    return {
      events: await listRoundEvents(ctx.db, round.id),
      drafters: await listRoundDrafters(ctx.db, round.id),
    };
  },
);
