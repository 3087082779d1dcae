import { AGGREGATE_READERS } from "../../domain/access.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundRecord, type RoundRef, requireRound } from "./round-lookup.ts";

/** One round, status and content. */
export const showRound = defineUseCase(
  "se en redegørelse",
  AGGREGATE_READERS,
  async (ctx, _actor, input: RoundRef): Promise<RoundRecord> => requireRound(ctx.db, input),
);
