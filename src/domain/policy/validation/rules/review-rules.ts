import { roundChecklist } from "../../report/round-checklist.ts";
import type { ValidationRule } from "../validation-rule.ts";

/**
 * A finding per field a roll-forward left for the secretary (case number to enter, a goal not yet
 * assessed, a text that names last year), so the list of what to fix and the checklist agree.
 */
export const pendingReviewRule: ValidationRule = {
  id: "round.pending_review",
  severity: "warning",
  title: "Overført fra sidste år: felter, der skal udfyldes eller gennemgås",
  check(round) {
    return roundChecklist(round).map((item) => ({ location: item.location, message: item.message }));
  },
};
