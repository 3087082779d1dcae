import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Role } from "../domain/access.ts";
import type { Database } from "./schema.ts";

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

/**
 * How an account signs in: with its udsyn password, or with the municipality's OIDC provider,
 * which then also sets its role (and name) at every login.
 */
export type SignIn = "password" | "oidc";

export interface UserAccount extends User {
  readonly passwordHash: string;
  readonly disabled: boolean;
  readonly signIn: SignIn;
}

export interface UserListing extends User {
  readonly disabled: boolean;
  readonly lockedUntil: Date | null;
  readonly signIn: SignIn;
}

export async function findUserByName(
  db: Kysely<Database>,
  username: string,
): Promise<UserAccount | undefined> {
  const row = await db.selectFrom("app_user").selectAll().where("username", "=", username).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    disabled: row.disabled,
    signIn: row.oidc_issuer === null ? "password" : "oidc",
  };
}

export async function insertUser(
  db: Kysely<Database>,
  user: {
    username: string;
    displayName: string;
    role: Role;
    passwordHash: string;
    /** The identity provider's issuer and subject, for an account that logs in with OIDC. */
    oidc?: { issuer: string; subject: string };
  },
): Promise<User> {
  const row = await db
    .insertInto("app_user")
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      ...(user.oidc === undefined ? {} : { oidc_issuer: user.oidc.issuer, oidc_subject: user.oidc.subject }),
    })
    .returning(["id", "username", "display_name", "role"])
    .executeTakeFirstOrThrow();
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export async function listUsers(db: Kysely<Database>): Promise<UserListing[]> {
  const rows = await db
    .selectFrom("app_user")
    .leftJoin("login_throttle", "login_throttle.username", "app_user.username")
    .select([
      "app_user.id",
      "app_user.username",
      "app_user.display_name",
      "app_user.role",
      "app_user.disabled",
      "app_user.oidc_issuer",
      "login_throttle.locked_until",
    ])
    .orderBy("app_user.username")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    disabled: r.disabled,
    lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
    signIn: r.oidc_issuer === null ? ("password" as const) : ("oidc" as const),
  }));
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes an account; returns the user, or undefined when there is none of that name. */
export async function updateAccount(
  db: Kysely<Database>,
  username: string,
  changes: { readonly disabled?: boolean; readonly role?: Role; readonly passwordHash?: string },
): Promise<User | undefined> {
  const row = await db
    .updateTable("app_user")
    .set({
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled }),
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
    })
    .where("username", "=", username)
    .returning(["id", "username", "display_name", "role"])
    .executeTakeFirst();
  return row && { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** Sets `disabled`; returns the user, or undefined when there is none of that name. */
export function setDisabled(
  db: Kysely<Database>,
  username: string,
  disabled: boolean,
): Promise<User | undefined> {
  return updateAccount(db, username, { disabled });
}

export interface LoginAttempt {
  /** This attempt's number in the current run of failures (1 for the first). */
  readonly attempt: number;
  readonly lockedUntil: Date | null;
}

/**
 * Counts one login attempt for `username` before its password is checked, in one statement:
 * parallel attempts get distinct numbers, so no more than the limit can be checked. An expired
 * lock starts a new run.
 */
export async function claimLoginAttempt(
  db: Kysely<Database>,
  username: string,
  now: Date,
): Promise<LoginAttempt> {
  const row = await sql<{ failures: number; locked_until: Date | null }>`
    insert into login_throttle (username, failures, updated_at) values (${username}, 1, ${now})
    on conflict (username) do update set
      failures = case when login_throttle.locked_until <= ${now} then 1 else login_throttle.failures + 1 end,
      locked_until = case when login_throttle.locked_until <= ${now} then null else login_throttle.locked_until end,
      updated_at = ${now}
    returning failures, locked_until`
    .execute(db)
    .then((r) => r.rows[0]);
  if (row === undefined) throw new Error("login_throttle upsert returned no row");
  return {
    attempt: row.failures,
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
  };
}

/** Locks `username` until `until` unless it is locked already; returns the lock in force. */
export async function lockLogin(db: Kysely<Database>, username: string, until: Date): Promise<Date> {
  const row = await db
    .updateTable("login_throttle")
    .set({ locked_until: sql`coalesce(locked_until, ${until})` })
    .where("username", "=", username)
    .returning("locked_until")
    .executeTakeFirst();
  return row?.locked_until ? new Date(row.locked_until) : until;
}

/** The lock in force for `username` at `now`, if any. */
export async function loginLock(
  db: Kysely<Database>,
  username: string,
  now: Date,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom("login_throttle")
    .select("locked_until")
    .where("username", "=", username)
    .executeTakeFirst();
  const until = row?.locked_until ? new Date(row.locked_until) : undefined;
  return until !== undefined && until > now ? until : undefined;
}

/** Forgets the failures (after a successful login, or when an administrator unlocks). Returns whether there were any. */
export async function clearLoginFailures(db: Kysely<Database>, username: string): Promise<boolean> {
  const result = await db.deleteFrom("login_throttle").where("username", "=", username).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The channel on which the triggers of migration 0020 announce a changed or deleted session or
 * account (payload `s:<session id>`, `u:<user id>` or `*`). The migration keeps its own copy
 * (migrations are frozen snapshots); test/db/migration-constants.test.ts checks the trigger
 * notifies this channel.
 */
export const SESSION_CHANGE_CHANNEL = "udsyn_session_change";

/** A session's id: the hash of its cookie token, so the table never holds a usable token. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function insertSession(
  db: Kysely<Database>,
  session: { token: string; userId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("session")
    .values({
      id: tokenHash(session.token),
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export interface StoredSession {
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly disabled: boolean;
}

export async function findSessionByToken(
  db: Kysely<Database>,
  token: string,
): Promise<StoredSession | undefined> {
  return findSessionById(db, tokenHash(token));
}

export async function findSessionById(db: Kysely<Database>, id: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom("session")
    .innerJoin("app_user", "app_user.id", "session.user_id")
    .select([
      "app_user.id",
      "app_user.username",
      "app_user.display_name",
      "app_user.role",
      "app_user.disabled",
      "session.csrf_token",
      "session.expires_at",
    ])
    .where("session.id", "=", id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at),
    disabled: row.disabled,
  };
}

export async function deleteSessionByToken(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", tokenHash(token)).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom("session").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** An account made at an OIDC login, found by the provider's issuer and subject. */
export async function findUserByOidcSubject(
  db: Kysely<Database>,
  issuer: string,
  subject: string,
): Promise<(User & { readonly disabled: boolean }) | undefined> {
  const row = await db
    .selectFrom("app_user")
    .select(["id", "username", "display_name", "role", "disabled"])
    .where("oidc_issuer", "=", issuer)
    .where("oidc_subject", "=", subject)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled,
  };
}

/** Whether a user name is taken (by any account, local or OIDC). */
export async function usernameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirst();
  return row !== undefined;
}

/** The role and name the provider gives at each login replace the stored ones. */
export async function updateOidcUser(
  db: Kysely<Database>,
  id: number,
  changes: { role: Role; displayName: string },
): Promise<User> {
  const row = await db
    .updateTable("app_user")
    .set({ role: changes.role, display_name: changes.displayName })
    .where("id", "=", id)
    .returning(["id", "username", "display_name", "role"])
    .executeTakeFirstOrThrow();
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export interface OidcLoginAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly expiresAt: Date;
}

/** Stores a login in progress under the hash of its cookie token; expired ones are swept on the way. */
export async function insertOidcLogin(
  db: Kysely<Database>,
  token: string,
  attempt: OidcLoginAttempt,
  now: Date,
): Promise<void> {
  await db.deleteFrom("oidc_login").where("expires_at", "<=", now).execute();
  await db
    .insertInto("oidc_login")
    .values({
      id: tokenHash(token),
      state: attempt.state,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      expires_at: attempt.expiresAt,
    })
    .execute();
}

/** Takes a login in progress out (a second callback with the same cookie finds nothing). */
export async function takeOidcLogin(
  db: Kysely<Database>,
  token: string,
): Promise<OidcLoginAttempt | undefined> {
  const row = await db
    .deleteFrom("oidc_login")
    .where("id", "=", tokenHash(token))
    .returning(["state", "nonce", "code_verifier", "expires_at"])
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    state: row.state,
    nonce: row.nonce,
    codeVerifier: row.code_verifier,
    expiresAt: new Date(row.expires_at),
  };
}
