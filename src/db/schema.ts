import type { ColumnType, Generated, JSONColumnType } from "kysely";

/** Timestamps come back as Date from both pg and PGlite; we write them as Date or let SQL default them. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

import type { Role } from "../domain/access.ts";

export { ROLES, type Role } from "../domain/access.ts";

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  created_at: Generated<Date>;
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
}

export interface Database {
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
}
