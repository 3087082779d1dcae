import { listOrganisationUnits } from "../../db/policy.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import type { StoredOrganisationUnit } from "../../domain/policy/goals/organisation.ts";
import { defineUseCase } from "../use-case.ts";

/** The committees and administrations rounds belong to. */
export const listOrganisations = defineUseCase(
  "se udvalg og forvaltninger",
  AGGREGATE_READERS,
  async (ctx, _actor, _input: Readonly<Record<string, never>>): Promise<StoredOrganisationUnit[]> =>
    listOrganisationUnits(ctx.db),
);
