import { type Actor, ADMINISTRATION, AGGREGATE_READERS, type Role } from "../access.ts";
import { DomainError } from "../errors.ts";

/**
 * Who may do what with SSP cases. The role decides the verb; the SSP local committee decides
 * the record: a caseworker works on the cases of the committees they are a member of, and only
 * they see a young person's name and contact. An administrator sees every case without name and
 * contact (to run udsyn: the CLI lists, the purge); analysts and committee members, and so the
 * leader groups, see aggregates only.
 */
export const CASE_HANDLERS = ["caseworker"] as const satisfies readonly Role[];
export const CASE_READERS = ["admin", "caseworker"] as const satisfies readonly Role[];
export const CASE_AGGREGATE_READERS = AGGREGATE_READERS;
export const CASE_ADMINISTRATION = ADMINISTRATION;

export type CaseAccess = "with_person" | "without_person" | "none";

/** What `actor`, a member of `memberOf`, may see of a case of `committee`. */
export function caseAccess(actor: Actor, memberOf: readonly string[], committee: string): CaseAccess {
  if (actor.role === "system") return "with_person";
  if (actor.role === "caseworker") return memberOf.includes(committee) ? "with_person" : "none";
  if (actor.role === "admin") return "without_person";
  return "none";
}

/** The committees whose cases `actor` may list: undefined means all (no person data). */
export function listableCommittees(actor: Actor, memberOf: readonly string[]): readonly string[] | undefined {
  if (actor.role === "caseworker") return memberOf;
  if (actor.role === "admin" || actor.role === "system") return undefined;
  return [];
}

export function refuseCase(caseId: number): DomainError {
  return new DomainError(
    "forbidden",
    { da: `Du har ikke adgang til sag ${caseId}`, en: `You do not have access to case ${caseId}` },
    [
      {
        field: "id",
        message: "sagen hører til et SSP-lokaludvalg, du ikke er medlem af",
        en: "the case belongs to a local SSP committee you are not a member of",
      },
    ],
  );
}

export function refuseCommittee(committee: string, field = "committee"): DomainError {
  return new DomainError(
    "forbidden",
    {
      da: `Du er ikke medlem af SSP-lokaludvalget ${committee}`,
      en: `You are not a member of the local SSP committee ${committee}`,
    },
    [
      {
        field,
        message: "du kan kun oprette og ændre sager i dine egne lokaludvalg",
        en: "you can only create and change cases in your own local committees",
      },
    ],
  );
}
