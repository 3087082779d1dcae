import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { forecastContradictionRule } from "../../domain/policy/validation/rules/forecast-rules.ts";
import { validateReport, validationRules } from "../../domain/policy/validation/validate-report.ts";
import { studentT } from "./student-t.ts";

/**
 * Every rule a round is checked against: the domain's list plus the rule that compares the
 * assessments with the goal forecast, which needs stdlib's Student t (the domain holds no
 * numerical code of its own). What the validation page, the CLI and the findings CSV show.
 */
export const roundValidationRules = [...validationRules, forecastContradictionRule(studentT)];

export function roundFindings(content: ReportingRound): readonly Finding[] {
  return validateReport(content, roundValidationRules);
}
