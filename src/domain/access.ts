/** The roles of udsyn and the identity every audited action is recorded under. */
export const ROLES = ["admin", "analyst", "caseworker", "committee"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly userId: number | null;
  readonly name: string;
  /**
   * "system": udsyn itself (demo seeding, scheduled jobs), never a person. "anonymous": a request
   * without a session (login, health), which may run only public use cases.
   */
  readonly role: Role | "system" | "anonymous";
  readonly ip: string | null;
}

/** Who may run a use case: `public` is a deliberate choice, never a default. */
export type Access = "public" | "authenticated" | readonly Role[];

/** The role groups every face uses; a use case names one, its route declares the same. */
export const EVERYONE: Access = "authenticated";
export const ADMINISTRATION = ["admin"] as const satisfies readonly Role[];
/** Person-level letting and case data: caseworkers and administrators only, every read audited. */
export const CASEWORK = ["admin", "caseworker"] as const satisfies readonly Role[];
/** Policy editing: goals, indicators, budgets, rounds. */
export const POLICY_EDITORS = ["admin", "analyst"] as const satisfies readonly Role[];
/** Area facts and published lists: the statistics the lists are computed from. */
export const STATISTICS_EDITORS = ["admin", "analyst"] as const satisfies readonly Role[];
/** Aggregates without persons: reports, area statistics, the special-dwellings register. */
export const AGGREGATE_READERS = [
  "admin",
  "analyst",
  "caseworker",
  "committee",
] as const satisfies readonly Role[];

/** Whether `actor` may run something declared with `access`. The system actor may run everything. */
export function mayAccess(actor: Actor, access: Access): boolean {
  if (access === "public" || actor.role === "system") return true;
  if (actor.role === "anonymous") return false;
  return access === "authenticated" || access.includes(actor.role);
}
