import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import type { Database, Role } from "../../db/schema.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";
import { burnVerification, hashPassword, verifyPassword } from "./password.ts";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 8;
export const MIN_PASSWORD_LENGTH = 10;

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

export async function createUser(db: Kysely<Database>, actor: Actor, input: NewUser): Promise<User> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError("invalid_input", `Adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn.`, [
      { field: "password", message: `mindst ${MIN_PASSWORD_LENGTH} tegn` },
    ]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", input.username)
      .executeTakeFirst();
    if (existing !== undefined) {
      throw new DomainError("conflict", `Brugeren ${input.username} findes allerede.`, [
        { field: "username", message: "findes allerede" },
      ]);
    }
    const row = await trx
      .insertInto("app_user")
      .values({
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        locked_until: null,
      })
      .returning(["id", "username", "display_name", "role"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "user.create",
      entity: "user",
      entityId: row.id,
      details: { username: row.username, role: row.role },
    });
    return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
  });
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("app_user")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type LoginResult = { readonly ok: true; readonly user: User } | { readonly ok: false };

/**
 * The same answer for an unknown user, a wrong password and a locked account, so the
 * response tells a guesser nothing; the audit log tells an administrator which it was.
 */
export async function authenticate(
  db: Kysely<Database>,
  username: string,
  password: string,
  ip: string | null,
  now: Date = new Date(),
): Promise<LoginResult> {
  const anonymous: Actor = { userId: null, name: username.slice(0, 64), role: "system", ip };
  const row = await db.selectFrom("app_user").selectAll().where("username", "=", username).executeTakeFirst();
  if (row === undefined) {
    await burnVerification(password);
    await recordAudit(db, anonymous, {
      action: "login.failed",
      entity: "user",
      details: { reason: "unknown_user" },
    });
    return { ok: false };
  }
  const actor: Actor = { userId: row.id, name: row.username, role: row.role, ip };
  const locked = row.locked_until !== null && new Date(row.locked_until) > now;
  const passwordOk = await verifyPassword(row.password_hash, password);
  if (locked || row.disabled || !passwordOk) {
    const reason = locked ? "locked" : row.disabled ? "disabled" : "wrong_password";
    await db.transaction().execute(async (trx) => {
      if (reason === "wrong_password") {
        const failed = row.failed_logins + 1;
        const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
        await trx
          .updateTable("app_user")
          .set({ failed_logins: lock === null ? failed : 0, locked_until: lock })
          .where("id", "=", row.id)
          .execute();
        if (lock !== null)
          await recordAudit(trx, actor, {
            action: "user.locked",
            entity: "user",
            entityId: row.id,
            details: { until: lock.toISOString() },
          });
      }
      await recordAudit(trx, actor, {
        action: "login.failed",
        entity: "user",
        entityId: row.id,
        details: { reason },
      });
    });
    return { ok: false };
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("app_user")
      .set({ failed_logins: 0, locked_until: null })
      .where("id", "=", row.id)
      .execute();
    await recordAudit(trx, actor, { action: "login", entity: "user", entityId: row.id });
  });
  return {
    ok: true,
    user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
  };
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now: Date = new Date(),
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db
    .insertInto("session")
    .values({ id: tokenHash(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<Session | undefined> {
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
    .where("session.id", "=", tokenHash(token))
    .executeTakeFirst();
  if (row === undefined || row.disabled || new Date(row.expires_at) <= now) return undefined;
  return {
    user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", tokenHash(token)).execute();
}

/**
 * A new embedded database gets one administrator so a first-time user can log in; the
 * password is random and shown once. A PostgreSQL server never gets one: there an operator
 * runs `udsyn users add --role admin`.
 */
export async function ensureDemoAdmin(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ username: string; password: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const password = randomBytes(12).toString("base64url");
  await createUser(db, actor, {
    username: "admin",
    displayName: "Demo-administrator",
    role: "admin",
    password,
  });
  return { username: "admin", password };
}
