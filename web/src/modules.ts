import { ADMINISTRATION, AGGREGATE_READERS } from "../../src/domain/access.ts";
import type { Role } from "./api-types.ts";

export interface Module {
  readonly key: string;
  readonly path: string;
  /**
   * The roles the module is for, as its use cases declare them (`src/domain/access.ts`): the menu
   * and the home page offer it only to those, and its pages answer "Du har ikke adgang" to others.
   * A module without pages yet names no role, so nobody is offered it.
   */
  readonly roles: readonly Role[];
}

/** The modules of the navigation, in the order the header shows them. */
export const MODULES = [
  { key: "goals", path: "/maal", roles: AGGREGATE_READERS },
  { key: "initiatives", path: "/indsatser", roles: AGGREGATE_READERS },
  { key: "budget", path: "/oekonomi", roles: AGGREGATE_READERS },
  { key: "areas", path: "/boligomraader", roles: AGGREGATE_READERS },
  { key: "letting", path: "/udlejning", roles: AGGREGATE_READERS },
  // Caseworkers work on their committees' SSP cases, an administrator sees them without names,
  // analysts and committee members (the leader groups) see the overview: every role uses it.
  { key: "cases", path: "/sager", roles: ["admin", "caseworker", "analyst", "committee"] },
  { key: "reports", path: "/rapporter", roles: AGGREGATE_READERS },
  { key: "administration", path: "/administration", roles: ADMINISTRATION },
] as const satisfies readonly Module[];

export type ModuleKey = (typeof MODULES)[number]["key"];

/** Whether `role` may use the module. */
export function mayUse(module: Pick<Module, "roles">, role: Role | undefined): boolean {
  return role !== undefined && module.roles.includes(role);
}

/** The modules `role` may use, in menu order. */
export function modulesFor(role: Role | undefined): readonly (typeof MODULES)[number][] {
  return MODULES.filter((m) => mayUse(m, role));
}
