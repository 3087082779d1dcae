/**
 * Every kind of record the audit log names (its `entity`), in words: the filter's choices and the
 * log's "which record" read it, as for the actions below.
 */
export const AUDIT_ENTITIES = {
  user: { da: "Bruger", en: "User" },
  app_user: { da: "Bruger", en: "User" },
  route: { da: "Side eller adresse i API'et", en: "Page or API address" },
  audit_log: { da: "Revisionsspor", en: "Audit log" },
  area_fact: { da: "Områdefakta", en: "Area facts" },
  area_fact_computation: { da: "Beregning af områdefakta", en: "Area fact computation" },
  published_area_list: { da: "Offentliggjort områdeliste", en: "Published area list" },
  import_batch: { da: "Registerudtræk", en: "Register extract" },
  letting_decision: { da: "Afgørelse", en: "Decision" },
  flexible_letting: { da: "Fleksibel udlejning", en: "Flexible letting" },
  relocation_grant_payment: { da: "Udbetaling af flyttetilskud", en: "Relocation grant payment" },
  special_dwelling: { da: "Særlig bolig", en: "Special dwelling" },
  reporting_round: { da: "Redegørelse", en: "Report" },
  case_catalogue: { da: "Sagskatalog", en: "Case catalogue" },
  ssp_case: { da: "SSP-sag", en: "SSP case" },
} as const satisfies Record<string, { readonly da: string; readonly en: string }>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const auditEntities = Object.keys(AUDIT_ENTITIES) as readonly AuditEntity[];

export function isAuditEntity(code: string): code is AuditEntity {
  return Object.hasOwn(AUDIT_ENTITIES, code);
}

/**
 * Every action the audit log records, with what it means in words (Danish and English). The one
 * table both the server (`recordAudit` takes only these codes, so a new action cannot be written
 * without its label) and the web app (the filter's choices and the log's "what happened") read.
 */
export const AUDIT_ACTIONS = {
  login: { da: "Logget ind", en: "Logged in" },
  "login.failed": { da: "Mislykket login", en: "Failed login" },
  logout: { da: "Logget ud", en: "Logged out" },
  "access.denied": { da: "Adgang nægtet", en: "Access denied" },
  "user.create": { da: "Bruger oprettet", en: "User created" },
  "user.list": { da: "Brugerlisten læst", en: "User list read" },
  "user.role": { da: "Brugerens rolle ændret", en: "User's role changed" },
  "user.disable": { da: "Bruger spærret", en: "User disabled" },
  "user.enable": { da: "Bruger genåbnet", en: "User enabled" },
  "user.locked": { da: "Bruger låst efter for mange forsøg", en: "User locked after too many attempts" },
  "user.unlock": { da: "Bruger låst op", en: "User unlocked" },
  "user.password_reset": { da: "Adgangskode nulstillet", en: "Password reset" },
  "user.ssp_committees": { da: "Brugerens SSP-udvalg ændret", en: "User's SSP committees changed" },
  "audit.read": { da: "Revisionssporet læst", en: "Audit log read" },
  "audit.verify": { da: "Revisionssporet efterprøvet", en: "Audit log verified" },
  "area_fact.import": { da: "Områdefakta indlæst", en: "Area facts imported" },
  "area_fact.import_refused": { da: "Områdefakta afvist", en: "Area facts refused" },
  "area_fact.seed_demo": { da: "Demodata for områder indlæst", en: "Area demo data loaded" },
  "published_area_list.import": {
    da: "Offentliggjort områdeliste indlæst",
    en: "Published area list imported",
  },
  "published_area_list.import_refused": {
    da: "Offentliggjort områdeliste afvist",
    en: "Published area list refused",
  },
  "register.import": { da: "Registerudtræk indlæst", en: "Register extract imported" },
  "register.facts": { da: "Områdefakta beregnet fra registre", en: "Area facts computed from registers" },
  "register.evaluation.read": {
    da: "Evaluering af udlejningsaftale læst",
    en: "Letting agreement evaluation read",
  },
  "letting_decision.create": { da: "Afgørelse truffet", en: "Decision made" },
  "letting_decision.correct": {
    da: "Afgørelse rettet ved ny afgørelse",
    en: "Decision corrected by a new one",
  },
  "letting_decision.annul": { da: "Afgørelse annulleret", en: "Decision annulled" },
  "letting_decision.read": { da: "Afgørelse læst", en: "Decision read" },
  "letting_decision.replay": { da: "Afgørelse genberegnet", en: "Decision replayed" },
  "letting_decision.letter": { da: "Afgørelsesbrev hentet", en: "Decision letter downloaded" },
  "letting_decision.list": { da: "Afgørelser oplistet", en: "Decisions listed" },
  "flexible_letting.prioritise": {
    da: "Fleksibel udlejning prioriteret",
    en: "Flexible letting prioritised",
  },
  "relocation_grant.payment": { da: "Flyttetilskud udbetalt", en: "Relocation grant paid" },
  "relocation_grant.list": { da: "Flyttetilskud oplistet", en: "Relocation grants listed" },
  "special_dwelling.create": { da: "Særlige boliger tilføjet", en: "Special dwellings added" },
  "round.seed": { da: "Redegørelse indlæst fra demodata", en: "Report loaded from demo data" },
  "round.request": { da: "Ny redegørelse anmodet", en: "New report requested" },
  "round.correction": { da: "Ny version (rettelse) oprettet", en: "New version (correction) created" },
  "round.requested": { da: "Redegørelse sat til »Anmodet«", en: "Report set to “Requested”" },
  "round.draft": { da: "Redegørelse sat til »Udkast«", en: "Report set to “Draft”" },
  "round.review": { da: "Redegørelse sendt til gennemsyn", en: "Report sent for review" },
  "round.approved": { da: "Redegørelse godkendt", en: "Report approved" },
  "round.published": { da: "Redegørelse offentliggjort", en: "Report published" },
  "round.budget_cell.update": { da: "Beløb i økonomien rettet", en: "Budget amount edited" },
  "round.stated_total.update": { da: "Angiven total rettet", en: "Stated total edited" },
  "round.status_field.update": { da: "Felt i statusskema rettet", en: "Status schema field edited" },
  "round.import_xlsx": { da: "XLSX-skabelon indlæst", en: "XLSX template imported" },
  "round.part.header": { da: "Brevhoved rettet", en: "Header edited" },
  "round.part.text": { da: "Tekst rettet", en: "Text edited" },
  "round.part.goal": { da: "Mål rettet", en: "Goal edited" },
  "round.part.indicator": { da: "Indikator rettet", en: "Indicator edited" },
  "round.part.target": { da: "Måltal rettet", en: "Target edited" },
  "round.part.measurement": { da: "Måling tilføjet eller rettet", en: "Measurement added or corrected" },
  "round.part.measurement_delete": { da: "Måling slettet", en: "Measurement deleted" },
  "round.part.assessment": { da: "Vurdering rettet", en: "Assessment edited" },
  "round.part.initiative_add": { da: "Indsats tilføjet", en: "Initiative added" },
  "round.part.initiative_retire": { da: "Indsats afsluttet", en: "Initiative retired" },
  "round.part.budget_cell": { da: "Beløb i økonomien rettet", en: "Budget amount edited" },
  "round.part.stated_total": { da: "Angiven total rettet", en: "Stated total edited" },
  "round.part.review": { da: "Overført felt gennemgået", en: "Carried-over field reviewed" },
  "policy.measure": { da: "Indikatorer målt fra registerdata", en: "Indicators measured from register data" },
  "case_catalogue.replace": { da: "Sagskatalog udskiftet", en: "Case catalogue replaced" },
  "ssp_case.create": { da: "SSP-sag oprettet", en: "SSP case created" },
  "ssp_case.read": { da: "SSP-sag læst", en: "SSP case read" },
  "ssp_case.list": { da: "SSP-sager oplistet", en: "SSP cases listed" },
  "ssp_case.overdue": { da: "Overskredne SSP-frister oplistet", en: "Overdue SSP deadlines listed" },
  "ssp_case.assessment": { da: "SSP-vurdering registreret", en: "SSP assessment recorded" },
  "ssp_case.intervention": { da: "SSP-indsats registreret", en: "SSP intervention recorded" },
  "ssp_case.complete_action": { da: "SSP-handling udført", en: "SSP action completed" },
  "ssp_case.regrade": { da: "SSP-sag omklassificeret", en: "SSP case regraded" },
  "ssp_case.close": { da: "SSP-sag lukket", en: "SSP case closed" },
  "ssp_case.purge": {
    da: "SSP-sager slettet efter opbevaringsperioden",
    en: "SSP cases purged after retention",
  },
} as const satisfies Record<string, { readonly da: string; readonly en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The codes in the table's order (sign-in, users, imports, decisions, reports, cases). */
export const auditActions = Object.keys(AUDIT_ACTIONS) as readonly AuditAction[];

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, code);
}
