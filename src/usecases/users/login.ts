import { randomBytes } from "node:crypto";
import { recordAudit } from "../../db/audit.ts";
import {
  claimLoginAttempt,
  clearLoginFailures,
  findUserByName,
  insertSession,
  lockLogin,
  loginLock,
  type User,
} from "../../db/users.repository.ts";
import type { Actor } from "../../domain/access.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";
import { burnVerification, verifyPassword } from "./password.ts";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 8;

export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export type LoginOutcome =
  | { readonly ok: true; readonly user: User; readonly session: NewSession }
  /** Unknown user, wrong password and disabled account give the same answer. */
  | { readonly ok: false; readonly reason: "invalid_credentials" }
  /** Too many failures for this user name (existing or not): says until when. */
  | { readonly ok: false; readonly reason: "locked"; readonly until: Date };

export interface LoginInput {
  readonly username: string;
  readonly password: string;
}

/**
 * Logs in. Each attempt is counted before the password is checked (one atomic statement), so
 * 20 parallel guesses get numbers 1–20 and only the first five are checked; the lock is kept
 * per user name, existing or not, so its answer tells a guesser nothing about the account.
 * The audit log tells an administrator which case it was.
 */
export const logIn = defineUseCase(
  "logge ind",
  "public",
  async (ctx, actor, input: LoginInput): Promise<LoginOutcome> => {
    const now = ctx.clock.now();
    const attempt = await claimLoginAttempt(ctx.db, input.username, now);
    const account = await findUserByName(ctx.db, input.username);
    const who: Actor = account
      ? { userId: account.id, name: account.username, role: account.role, ip: actor.ip }
      : { userId: null, name: input.username.slice(0, 64), role: "anonymous", ip: actor.ip };
    if (attempt.lockedUntil !== null && attempt.lockedUntil > now) {
      await failed(ctx, who, account?.id, "locked");
      return { ok: false, reason: "locked", until: attempt.lockedUntil };
    }
    if (attempt.attempt > MAX_FAILED_LOGINS) {
      const until = await lockAccount(ctx, who, account?.id, input.username, now);
      await failed(ctx, who, account?.id, "locked");
      return { ok: false, reason: "locked", until };
    }
    const passwordOk = account ? await verifyPassword(account.passwordHash, input.password) : false;
    if (!account) await burnVerification(input.password);
    if (!account || account.disabled || !passwordOk) {
      const reason = !account ? "unknown_user" : account.disabled ? "disabled" : "wrong_password";
      if (attempt.attempt >= MAX_FAILED_LOGINS) await lockAccount(ctx, who, account?.id, input.username, now);
      await failed(ctx, who, account?.id, reason);
      return { ok: false, reason: "invalid_credentials" };
    }
    // A parallel attempt may have locked the name while this password was being checked.
    const lockedMeanwhile = await loginLock(ctx.db, input.username, now);
    if (lockedMeanwhile !== undefined) {
      await failed(ctx, who, account.id, "locked");
      return { ok: false, reason: "locked", until: lockedMeanwhile };
    }
    const session: NewSession = {
      token: randomBytes(32).toString("base64url"),
      csrfToken: randomBytes(32).toString("base64url"),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    };
    const user: User = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
    };
    await ctx.db.transaction().execute(async (trx) => {
      await clearLoginFailures(trx, account.username);
      await insertSession(trx, { ...session, userId: account.id });
      await recordAudit(trx, who, { action: "login", entity: "user", entityId: account.id });
    });
    return { ok: true, user, session };
  },
);

async function lockAccount(
  ctx: UseCaseContext,
  who: Actor,
  userId: number | undefined,
  username: string,
  now: Date,
): Promise<Date> {
  const until = await lockLogin(ctx.db, username, new Date(now.getTime() + LOCKOUT_MINUTES * 60_000));
  await recordAudit(ctx.db, who, {
    action: "user.locked",
    entity: "user",
    entityId: userId ?? null,
    details: { until: until.toISOString() },
  });
  return until;
}

async function failed(
  ctx: UseCaseContext,
  who: Actor,
  userId: number | undefined,
  reason: string,
): Promise<void> {
  await recordAudit(ctx.db, who, {
    action: "login.failed",
    entity: "user",
    entityId: userId ?? null,
    details: { reason },
  });
}
