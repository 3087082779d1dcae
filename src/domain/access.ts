/** The roles of udsyn and the identity every audited action is recorded under. */
export const ROLES = ["admin", "analyst", "caseworker", "committee"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  readonly userId: number | null;
  readonly name: string;
  readonly role: Role | "system";
  readonly ip: string | null;
}
