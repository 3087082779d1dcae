import { ruleVersions, ruleVersionsOn } from "../../domain/areas/rule-versions.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { type RuleVersionSummary, ruleVersionSummary } from "../../render/areas/criterion-display.ts";
import { defineUseCase } from "../use-case.ts";
import { AREA_READERS } from "./classify-areas.ts";

/** Every area rule version, or those in force on a date, each with its source. */
export const listAreaRuleVersions = defineUseCase(
  "se regelversionerne for områdelister",
  AREA_READERS,
  async (_ctx, _actor, input: { readonly date?: IsoDate | undefined }) => ({
    date: input.date ?? null,
    ruleVersions: (input.date === undefined ? ruleVersions : ruleVersionsOn(input.date)).map(
      ruleVersionSummary,
    ) as readonly RuleVersionSummary[],
  }),
);
