/**
 * The privileges the server's own PostgreSQL role needs, and no more. The schema belongs to an
 * owner role that runs the migrations (`udsyn db migrate`); the server connects as a role with
 * these grants, so it cannot alter tables, disable triggers, truncate, or change and delete what
 * the schema says is a record (docs/OPERATIONS.md, "Database roles").
 *
 * Every table and sequence of the schema is listed here; a test fails when a migration adds one
 * that is not, so a new table is a decision about its privileges.
 */

export type TablePrivilege = "SELECT" | "INSERT" | "UPDATE" | "DELETE";

export const APP_TABLE_PRIVILEGES: Readonly<Record<string, readonly TablePrivilege[]>> = {
  // Users, sessions, login throttling: accounts are created and disabled, sessions end.
  app_user: ["SELECT", "INSERT", "UPDATE"],
  session: ["SELECT", "INSERT", "DELETE"],
  login_throttle: ["SELECT", "INSERT", "UPDATE", "DELETE"],
  // An OIDC login in progress lives ten minutes and is used once.
  oidc_login: ["SELECT", "INSERT", "DELETE"],
  // Append-only by trigger and by grant; the chain's head is written only by the chain trigger.
  audit_log: ["SELECT", "INSERT"],
  audit_chain_head: ["SELECT"],
  // Rounds are edited until published (then a trigger refuses); never deleted by the application.
  organisation_unit: ["SELECT", "INSERT", "UPDATE"],
  reporting_round: ["SELECT", "INSERT", "UPDATE"],
  // A round's history is a record; a drafter stays a drafter of that version.
  reporting_round_event: ["SELECT", "INSERT"],
  reporting_round_drafter: ["SELECT", "INSERT"],
  // Statistics are upserted per year; a published list is replaced whole.
  area_fact: ["SELECT", "INSERT", "UPDATE"],
  area_reference_fact: ["SELECT", "INSERT", "UPDATE"],
  published_area_list: ["SELECT", "INSERT", "DELETE"],
  // Decisions and payments are records.
  letting_decision: ["SELECT", "INSERT"],
  relocation_grant_payment: ["SELECT", "INSERT"],
  special_dwelling: ["SELECT", "INSERT"],
  // Register microdata: a batch is imported whole, once; rows are never changed.
  import_batch: ["SELECT", "INSERT"],
  register_area: ["SELECT", "INSERT"],
  register_area_year: ["SELECT", "INSERT"],
  register_department: ["SELECT", "INSERT"],
  register_dwelling: ["SELECT", "INSERT"],
  register_household: ["SELECT", "INSERT"],
  register_person: ["SELECT", "INSERT"],
  register_residence: ["SELECT", "INSERT"],
  register_benefit_month: ["SELECT", "INSERT"],
  register_person_year: ["SELECT", "INSERT"],
  // A computation of area facts from a batch is a record; area_fact rows name it (computation_id,
  // written by the INSERT ... ON CONFLICT DO UPDATE that area_fact's UPDATE grant already allows).
  area_fact_computation: ["SELECT", "INSERT"],
  // The facts' version (migration 0019) is written by its trigger only (as the owner).
  area_facts_version: ["SELECT"],
  // A classification kept per facts version (migration 0024): derived, replaced and removed freely.
  classification_result: ["SELECT", "INSERT", "UPDATE", "DELETE"],
  // SSP cases (migration 0010): the case and its actions change state; the timeline, the catalogue
  // versions and the assessments are records. DELETE on the timeline and the actions is for the
  // retention purge only (a trigger refuses any other DELETE of the timeline).
  ssp_committee: ["SELECT", "INSERT", "UPDATE"],
  user_ssp_committee: ["SELECT", "INSERT", "DELETE"],
  case_catalogue: ["SELECT", "INSERT"],
  young_person: ["SELECT", "INSERT", "UPDATE"],
  ssp_case: ["SELECT", "INSERT", "UPDATE"],
  case_action: ["SELECT", "INSERT", "UPDATE", "DELETE"],
  case_event: ["SELECT", "INSERT", "DELETE"],
  case_assessment: ["SELECT", "INSERT"],
  case_intervention: ["SELECT", "INSERT", "UPDATE"],
  // The server checks at start that no migration is pending; running one is the owner's job.
  kysely_migration: ["SELECT"],
  kysely_migration_lock: ["SELECT"],
};

/** Sequences behind the serial ids the application inserts. */
export const APP_SEQUENCES: readonly string[] = [
  "app_user_id_seq",
  "reporting_round_id_seq",
  "reporting_round_event_id_seq",
  "letting_decision_id_seq",
  "relocation_grant_payment_id_seq",
  "special_dwelling_id_seq",
  "import_batch_id_seq",
  "area_fact_computation_id_seq",
  "case_catalogue_id_seq",
  "young_person_id_seq",
  "ssp_case_id_seq",
  "case_action_id_seq",
  "case_event_id_seq",
  "case_assessment_id_seq",
  "case_intervention_id_seq",
];

/** Sequences the application never uses directly (the audit id is taken by the owner's trigger). */
export const OWNER_ONLY_SEQUENCES: readonly string[] = ["audit_log_id_seq"];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isRoleName(name: string): boolean {
  return ROLE_NAME.test(name);
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The GRANT statements for the server's role `role` in `schema`, one statement a line. The role
 * and the grants are the owner's to create; the statements start by taking everything away, so
 * running them again leaves exactly these privileges.
 */
export function appRoleGrants(role: string, schema = "public"): string[] {
  if (!isRoleName(role)) throw new Error(`Ugyldigt rollenavn: ${role}`);
  if (!isRoleName(schema)) throw new Error(`Ugyldigt skemanavn: ${schema}`);
  const r = ident(role);
  const s = ident(schema);
  const statements = [
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${r};`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r};`,
    `GRANT USAGE ON SCHEMA ${s} TO ${r};`,
  ];
  for (const [table, privileges] of Object.entries(APP_TABLE_PRIVILEGES)) {
    statements.push(`GRANT ${privileges.join(", ")} ON TABLE ${s}.${ident(table)} TO ${r};`);
  }
  for (const sequence of APP_SEQUENCES) {
    statements.push(`GRANT USAGE ON SEQUENCE ${s}.${ident(sequence)} TO ${r};`);
  }
  return statements;
}
