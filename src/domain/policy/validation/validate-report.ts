import type { ReportingRound } from "../report/reporting-round.ts";
import type { Finding, Severity } from "./finding.ts";
import { footnoteReferenceRule, fundingSourcesRule } from "./rules/budget-footnote-rules.ts";
import {
  columnTotalRule,
  notDistributedRule,
  rowTotalRule,
  silentExclusionRule,
  subLinesRule,
} from "./rules/budget-totals-rules.ts";
import { assessmentMissingRule, initiativeWithoutLineRule } from "./rules/coverage-rules.ts";
import {
  deadlineBeforeRoundRule,
  doneAfterRoundRule,
  expectedBeforeRoundRule,
  measurementAfterRoundRule,
} from "./rules/date-rules.ts";
import { evaluationIdentityRule } from "./rules/evaluation-rules.ts";
import { forecastContradictionRule } from "./rules/forecast-rules.ts";
import { measurementValueRule } from "./rules/measurement-rules.ts";
import { pendingReviewRule } from "./rules/review-rules.ts";
import {
  amountTextRule,
  schemaAmountMismatchRule,
  schemaAmountNotComparableRule,
  schemaAmountNotInOverviewRule,
  schemaAmountOutsideOverviewRule,
  schemaWithoutOverviewLineRule,
} from "./rules/schema-amount-rules.ts";
import { targetUnitRule } from "./rules/target-unit-rule.ts";
import type { ValidationRule } from "./validation-rule.ts";

/** Every rule, in the order findings are listed within a severity. */
export const validationRules: readonly ValidationRule[] = [
  rowTotalRule,
  columnTotalRule,
  subLinesRule,
  notDistributedRule,
  silentExclusionRule,
  footnoteReferenceRule,
  fundingSourcesRule,
  initiativeWithoutLineRule,
  schemaAmountMismatchRule,
  schemaAmountNotInOverviewRule,
  schemaAmountNotComparableRule,
  schemaAmountOutsideOverviewRule,
  schemaWithoutOverviewLineRule,
  amountTextRule,
  assessmentMissingRule,
  targetUnitRule,
  deadlineBeforeRoundRule,
  expectedBeforeRoundRule,
  doneAfterRoundRule,
  measurementAfterRoundRule,
  measurementValueRule,
  evaluationIdentityRule,
  pendingReviewRule,
];

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Checks a round before it can be approved (DOMAIN.md §8). Errors first, then warnings, then info. */
export function validateReport(
  round: ReportingRound,
  rules: readonly ValidationRule[] = validationRules,
): readonly Finding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(round).map((hit): Finding => ({ ruleId: rule.id, severity: rule.severity, ...hit })),
  );
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) => severityOrder[a.finding.severity] - severityOrder[b.finding.severity] || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** A rule's title in Danish, so a finding is shown without its internal id (`budget.row_total`). */
export function ruleTitle(ruleId: string): string | undefined {
  // The forecast rule needs the Student t only to check; its title is the same without it.
  const forecastRule = forecastContradictionRule(undefined as never);
  return [...validationRules, forecastRule].find((r) => r.id === ruleId)?.title;
}
