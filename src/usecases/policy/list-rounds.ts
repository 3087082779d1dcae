import { listRounds as listStoredRounds } from "../../db/policy.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { defineUseCase } from "../use-case.ts";
import { type RoundSummary, visibleRounds } from "./round-lookup.ts";

/** Every round the reader may see, or one committee's, by committee, newest year and version first. */
export const listRounds = defineUseCase(
  "se redegørelsesrunder",
  AGGREGATE_READERS,
  async (ctx, actor, input: { readonly committee?: string | undefined }): Promise<RoundSummary[]> =>
    visibleRounds(actor, await listStoredRounds(ctx.db, input.committee)),
);
