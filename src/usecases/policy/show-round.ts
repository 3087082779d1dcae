import { AGGREGATE_READERS } from "../../domain/access.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundRecord, type RoundRef, requireVisibleRound } from "./round-lookup.ts";

/** One round, status and content. */
export const showRound = defineUseCase(
  "se en redegørelse",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef): Promise<RoundRecord> => requireVisibleRound(ctx.db, actor, input),
);
