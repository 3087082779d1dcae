import type { ReportingRound } from "../report/reporting-round.ts";
import type { RuleHit, Severity } from "./finding.ts";

/** One check of a report. Rules are general: they read the data, never a particular row. */
export interface ValidationRule {
  readonly id: string;
  readonly severity: Severity;
  /** Danish, one line: what the rule checks. */
  readonly title: string;
  check(round: ReportingRound): readonly RuleHit[];
}
