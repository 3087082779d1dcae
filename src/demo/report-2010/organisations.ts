import type { OrganisationUnit } from "../../domain/policy/goals/organisation.ts";

/** The organisation units the seed names. */
export const organisations: readonly OrganisationUnit[] = [
  { kind: "committee", code: "SUD", name: "Socialudvalget", administrationCode: "SOF" },
  { kind: "administration", code: "SOF", name: "Socialforvaltningen" },
  { kind: "administration", code: "BIF", name: "Beskæftigelses- og Integrationsforvaltningen" },
  { kind: "administration", code: "TMF", name: "Teknik- og Miljøforvaltningen" },
];
