import type { ColumnType, Generated, JSONColumnType } from "kysely";

/** Timestamps come back as Date from both pg and PGlite; we write them as Date or let SQL default them. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

import type { Role } from "../domain/access.ts";
import type { RoundStatus } from "../domain/policy/report/round-workflow.ts";

export { ROLES, type Role } from "../domain/access.ts";

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  /** Both set for an account made at an OIDC login (the provider's issuer and subject), both null otherwise. */
  oidc_issuer: ColumnType<string | null, string | null | undefined, string | null>;
  oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An OIDC login in progress: found by the SHA-256 of the cookie token, used once. */
export interface OidcLoginTable {
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface LoginThrottleTable {
  /** The name typed at login, existing or not. */
  username: string;
  failures: Generated<number>;
  locked_until: Date | null;
  updated_at: Generated<Date>;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: number | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string | null;
  ip: string | null;
  details: JSONColumnType<Record<string, unknown>, Record<string, unknown> | undefined, never>;
  /** Set by the database's chain trigger (migration 0005), whatever an insert says. */
  prev_hash: Generated<string>;
  hash: Generated<string>;
  /** Which of the hash chains the row belongs to; set by the chain trigger (migration 0021). */
  lane: Generated<number>;
}

/** The newest link of one lane of the audit chain; written only by the chain trigger. */
export interface AuditChainHeadTable {
  lane: number;
  last_id: string | null;
  last_hash: string;
}

export interface OrganisationUnitTable {
  code: string;
  name: string;
  kind: "committee" | "administration";
  administration_code: string | null;
}

export interface ReportingRoundTable {
  id: Generated<number>;
  committee_code: string;
  year: number;
  version: number;
  status: RoundStatus;
  deadline: string | null;
  /** The round document (`ReportingRound`), validated by its zod schema before every write. */
  content: JSONColumnType<object, string, string>;
  created_from_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  published_at: Date | null;
  /** Counts content changes: an edit names the revision it was made on (optimistic concurrency). */
  revision: Generated<number>;
}

/** One status change of a round: who, when, from what to what, and the comment given. */
export interface ReportingRoundEventTable {
  id: Generated<number>;
  round_id: number;
  at: Generated<Date>;
  actor_name: string;
  from_status: RoundStatus | null;
  to_status: RoundStatus;
  comment: string | null;
}

/** Who drafted a round (changed its content or sent it for review): they may not approve it. */
export interface ReportingRoundDrafterTable {
  round_id: number;
  actor_name: string;
}

export interface AreaFactTable {
  year: number;
  department_id: string;
  area_id: string;
  area_name: string;
  municipality: string;
  region: string | null;
  residents: number;
  residents_18_plus: number | null;
  outside_labour_market_18_plus: number | null;
  residents_18_64: number | null;
  outside_labour_market_18_64: number | null;
  outside_labour_or_education_18_64: number | null;
  non_western_immigrants_descendants: number | null;
  convicted_18_plus: number | null;
  residents_30_59: number | null;
  basic_education_only_30_59: number | null;
  taxpayers_15_64_excl_students: number | null;
  /** bigint: pg returns it as text, so it is read back with Number(). */
  gross_income_sum_15_64_excl_students: ColumnType<string | number | null, number | null, number | null>;
  /** The register computation the row came from (migration 0009); null: typed in or imported from CSV. */
  computation_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AreaReferenceFactTable {
  year: number;
  kind: "national_conviction_share_18_plus" | "region_mean_gross_income_15_64_excl_students";
  region: Generated<string>;
  numerator: ColumnType<string, string | number, string | number>;
  denominator: ColumnType<string, string | number, string | number>;
  /** As `area_fact.computation_id`. */
  computation_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PublishedAreaListTable {
  list_kind: string;
  year: number;
  area_id: string;
  category: string;
  source: string;
}

import type { LettingDecisionKind } from "../domain/letting/decision-kind.ts";

export type { LettingDecisionKind };

export interface LettingDecisionTable {
  id: Generated<number>;
  kind: LettingDecisionKind;
  decision_date: string;
  area_id: string;
  subject_pseudonym: string;
  result: string;
  rule_version: string;
  input_facts: JSONColumnType<object, string, never>;
  parameters_used: JSONColumnType<object, string, never>;
  justification: JSONColumnType<object, string, never>;
  decision: JSONColumnType<object, string, never>;
  decided_by: string;
  decided_at: Generated<Date>;
  /** Migration 0012: the case's journal number and the recorded partshøring (§ 19). */
  journal_number: string | null;
  hearing: JSONColumnType<object | null, string | null, never>;
  /** Migration 0012: the earlier decision this one annuls or corrects, and why. */
  supersedes_id: number | null;
  supersession: "annulment" | "correction" | null;
  supersession_reason: string | null;
}

export interface RelocationGrantPaymentTable {
  id: Generated<number>;
  decision_id: number;
  amount: number;
  paid_on: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface SpecialDwellingTable {
  id: Generated<number>;
  year: number;
  dwellings: number;
  area_id: string | null;
  description: string;
  municipal_referral_share: ColumnType<string, string | number | undefined, never>;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface Database {
  app_user: AppUserTable;
  login_throttle: LoginThrottleTable;
  session: SessionTable;
  oidc_login: OidcLoginTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  organisation_unit: OrganisationUnitTable;
  reporting_round: ReportingRoundTable;
  reporting_round_event: ReportingRoundEventTable;
  reporting_round_drafter: ReportingRoundDrafterTable;
  area_fact: AreaFactTable;
  area_reference_fact: AreaReferenceFactTable;
  published_area_list: PublishedAreaListTable;
  letting_decision: LettingDecisionTable;
  relocation_grant_payment: RelocationGrantPaymentTable;
  special_dwelling: SpecialDwellingTable;
  import_batch: ImportBatchTable;
  register_area: RegisterAreaTable;
  register_area_year: RegisterAreaYearTable;
  register_department: RegisterDepartmentTable;
  register_dwelling: RegisterDwellingTable;
  register_household: RegisterHouseholdTable;
  register_person: RegisterPersonTable;
  register_residence: RegisterResidenceTable;
  register_benefit_month: RegisterBenefitMonthTable;
  register_person_year: RegisterPersonYearTable;
  area_fact_computation: AreaFactComputationTable;
  area_facts_version: AreaFactsVersionTable;
  classification_result: ClassificationResultTable;
  ssp_committee: SspCommitteeTable;
  user_ssp_committee: UserSspCommitteeTable;
  case_catalogue: CaseCatalogueTable;
  young_person: YoungPersonTable;
  ssp_case: SspCaseTable;
  case_action: CaseActionTable;
  case_event: CaseEventTable;
  case_assessment: CaseAssessmentTable;
  case_intervention: CaseInterventionTable;
}

/** SSP case work (migration 0010). Dates are ISO text in and out. */
export interface SspCommitteeTable {
  code: string;
  name: string;
  leader_group: string;
}

export interface UserSspCommitteeTable {
  user_id: number;
  committee_code: string;
}

export interface CaseCatalogueTable {
  id: Generated<number>;
  content: JSONColumnType<object, string, never>;
  created_by: string;
  created_at: Generated<Date>;
}

export interface YoungPersonTable {
  id: Generated<number>;
  committee_code: string;
  pseudonym: string;
  birth_year: number;
  birth_month: number | null;
  name: string | null;
  contact: string | null;
  anonymised_at: Date | null;
  created_at: Generated<Date>;
}

export interface SspCaseTable {
  id: Generated<number>;
  person_id: number;
  committee_code: string;
  level: number;
  opened_on: ColumnType<string, string, never>;
  closed_on: string | null;
  close_reason: string | null;
  created_by: string;
  created_at: Generated<Date>;
}

export interface CaseActionTable {
  id: Generated<number>;
  case_id: number;
  key: string;
  title: string;
  responsible: string;
  level: number;
  created_on: ColumnType<string, string, never>;
  due_on: ColumnType<string, string, never>;
  status: "open" | "completed" | "lapsed";
  completed_on: string | null;
  completed_by: string | null;
}

export interface CaseEventTable {
  id: Generated<string>;
  case_id: number;
  at: Generated<Date>;
  on_date: ColumnType<string, string, never>;
  kind:
    | "opened"
    | "action_completed"
    | "escalated"
    | "de-escalated"
    | "closed"
    | "assessment"
    | "intervention";
  level: number;
  details: JSONColumnType<Record<string, unknown>, string, never>;
  actor_name: string;
}

export interface CaseAssessmentTable {
  id: Generated<number>;
  person_id: number;
  assessed_on: ColumnType<string, string, never>;
  scores: JSONColumnType<Record<string, number>, string, never>;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export interface CaseInterventionTable {
  id: Generated<number>;
  person_id: number;
  type: string;
  started_on: ColumnType<string, string, never>;
  ended_on: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

/** One computation of area facts from a register batch (migration 0009). */
/** One row: the area facts' version, raised by a trigger on every change (migration 0019). */
export interface AreaFactsVersionTable {
  id: ColumnType<boolean, never, never>;
  /** bigint: text from pg, a number from PGlite. */
  version: ColumnType<string | number, never, never>;
}

/** A classification's JSON kept per area-facts version (migration 0024). */
export interface ClassificationResultTable {
  key: string;
  /** bigint: text from pg, a number from PGlite; written as the version read. */
  facts_version: ColumnType<string | number, string | number, string | number>;
  /** The build that computed it: another build's result is never served. */
  code_identity: string;
  body: string;
  computed_at: ColumnType<Date, never, never>;
}

export interface AreaFactComputationTable {
  id: Generated<number>;
  batch_id: number;
  /** int4range as text, e.g. "[2006,2013)"; written with int4range(from, to, '[]'). */
  years: ColumnType<string, never, never>;
  parameters: JSONColumnType<Record<string, unknown>, string, never>;
  fact_rows: number;
  reference_rows: number;
  computed_at: Generated<Date>;
  computed_by: string;
}

/** One imported batch of register files (migration 0008, docs/REGISTER.md). */
export interface ImportBatchTable {
  id: Generated<number>;
  name: string;
  imported_at: Generated<Date>;
  imported_by: string;
  files: JSONColumnType<Record<string, unknown>, Record<string, unknown> | string, never>;
  row_counts: JSONColumnType<Record<string, number>, Record<string, number> | string, never>;
  content_hash: string;
  pseudonymised: boolean;
}

export interface RegisterAreaTable {
  batch_id: number;
  area_id: string;
  area_name: string;
}

export interface RegisterAreaYearTable {
  batch_id: number;
  area_id: string;
  year: number;
  area_type: string;
}

export interface RegisterDepartmentTable {
  batch_id: number;
  department_id: string;
  area_id: string;
  department_name: string;
}

export interface RegisterDwellingTable {
  batch_id: number;
  dwelling_id: string;
  department_id: string;
}

export interface RegisterHouseholdTable {
  batch_id: number;
  household_id: string;
}

export interface RegisterPersonTable {
  batch_id: number;
  pseudonym: string;
  birth_year: number;
  birth_month: number;
  sex: string;
  origin: string;
  country_group: string | null;
  parents_status: string;
}

/** Dates as ISO text in and out (the pg and PGlite drivers are set to return them as text). */
export interface RegisterResidenceTable {
  batch_id: number;
  pseudonym: string;
  dwelling_id: string;
  household_id: string;
  valid_from: ColumnType<string, string, never>;
  valid_to: ColumnType<string | null, string | null, never>;
}

export interface RegisterBenefitMonthTable {
  batch_id: number;
  pseudonym: string;
  month: ColumnType<string, string, never>;
  benefit_code: string;
}

export interface RegisterPersonYearTable {
  batch_id: number;
  pseudonym: string;
  year: number;
  labour_status: string;
  outside_fte: ColumnType<string, string | number, never>;
  education: string;
  gross_income: ColumnType<string, string | number, never>;
  convictions: number;
  charges: number;
}
