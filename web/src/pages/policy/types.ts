/** What the policy follow-up API answers, typed from the domain (types only: nothing of the domain is bundled). */
import type { BudgetTable } from "../../../../src/domain/policy/budget/budget-overview.ts";
import type { TableView } from "../../../../src/domain/policy/report/committee-report.ts";
import type { ReportingRound } from "../../../../src/domain/policy/report/reporting-round.ts";
import type { RoundChange } from "../../../../src/domain/policy/report/round-diff.ts";
import type { RoundStatus } from "../../../../src/domain/policy/report/round-workflow.ts";
import type { Finding } from "../../../../src/domain/policy/validation/finding.ts";

export type { BudgetTable, Finding, ReportingRound, RoundChange, RoundStatus, TableView };

/** GET /api/policy/rounds: one row per round version. */
export interface RoundSummary {
  readonly id: number;
  readonly committeeCode: string;
  readonly year: number;
  readonly version: number;
  readonly status: RoundStatus;
  readonly deadline: string | null;
  readonly createdFromId: number | null;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
}

/** Answer of the state-changing round endpoints: the summary and where it may go next. */
export interface RoundState extends RoundSummary {
  readonly allowedTransitions: readonly RoundStatus[];
}

/** GET /api/policy/rounds/:committee/:year */
export interface RoundDetail extends RoundState {
  readonly content: ReportingRound;
}

export interface OrganisationUnitRow {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly administrationCode: string | null;
}

/** GET …/budget */
export interface BudgetResponse {
  readonly roundId: number;
  readonly status: RoundStatus;
  readonly heading: string;
  readonly tables: readonly { readonly table: BudgetTable; readonly view: TableView }[];
  readonly findings: readonly Finding[];
}

/** GET …/validation */
export interface ValidationResponse {
  readonly roundId: number;
  readonly version: number;
  readonly findings: readonly Finding[];
}

/** GET …/changes */
export interface ChangesResponse {
  readonly round: RoundState;
  readonly source: RoundState | null;
  readonly changes: readonly RoundChange[];
}
