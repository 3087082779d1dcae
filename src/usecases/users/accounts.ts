import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import {
  clearLoginFailures,
  countUsers,
  deleteSessionsOfUser,
  findUserByName,
  insertUser,
  listUsers,
  setDisabled,
  type User,
  type UserListing,
  updateAccount,
} from "../../db/users.repository.ts";
import { type Actor, ADMINISTRATION, type Role } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import { hashPassword } from "./password.ts";

export type { User, UserListing };

export const MIN_PASSWORD_LENGTH = 10;

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

function unknownUser(username: string): DomainError {
  return new DomainError(
    "not_found",
    { da: `Brugeren ${username} findes ikke.`, en: `There is no user ${username}.` },
    [{ field: "username", message: "ingen bruger med det navn", en: "no user of that name" }],
  );
}

/** Creates an account; the password is stored only as an argon2id hash. */
export const createUser = defineUseCase(
  "oprette brugere",
  ADMINISTRATION,
  async (ctx, actor, input: NewUser): Promise<User> => {
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      throw new DomainError(
        "invalid_input",
        {
          da: `Adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn.`,
          en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
        },
        [
          {
            field: "password",
            message: `mindst ${MIN_PASSWORD_LENGTH} tegn`,
            en: `at least ${MIN_PASSWORD_LENGTH} characters`,
          },
        ],
      );
    }
    const passwordHash = await hashPassword(input.password);
    return inTransaction(ctx, async (trx) => {
      if ((await findUserByName(trx, input.username)) !== undefined) {
        throw new DomainError(
          "conflict",
          {
            da: `Brugeren ${input.username} findes allerede.`,
            en: `The user ${input.username} already exists.`,
          },
          [{ field: "username", message: "findes allerede", en: "already exists" }],
        );
      }
      const user = await insertUser(trx, { ...input, passwordHash });
      await recordAudit(trx, actor, {
        action: "user.create",
        entity: "user",
        entityId: user.id,
        details: { username: user.username, role: user.role },
      });
      return user;
    });
  },
);

/** The accounts with their state (disabled, locked until); the read is audited. */
export const listUserAccounts = defineUseCase(
  "se brugerne",
  ADMINISTRATION,
  async (ctx, actor, _input: undefined): Promise<UserListing[]> =>
    inTransaction(ctx, async (trx) => {
      const users = await listUsers(trx);
      await recordAudit(trx, actor, {
        action: "user.list",
        entity: "user",
        details: { count: users.length },
      });
      return users;
    }),
);

/** Lifts a login lock (and forgets the failures), so a locked-out colleague is not stuck for 15 minutes. */
export const unlockUser = defineUseCase(
  "låse brugere op",
  ADMINISTRATION,
  async (
    ctx,
    actor,
    input: { readonly username: string },
  ): Promise<{ username: string; wasLocked: boolean }> =>
    inTransaction(ctx, async (trx) => {
      const user = await findUserByName(trx, input.username);
      if (user === undefined) throw unknownUser(input.username);
      const wasLocked = await clearLoginFailures(trx, input.username);
      await recordAudit(trx, actor, {
        action: "user.unlock",
        entity: "user",
        entityId: user.id,
        details: { username: user.username, wasLocked },
      });
      return { username: user.username, wasLocked };
    }),
);

/** Disables (or enables again) an account; disabling ends its sessions at once. */
export const setUserDisabled = defineUseCase(
  "spærre og genåbne brugere",
  ADMINISTRATION,
  async (
    ctx,
    actor,
    input: { readonly username: string; readonly disabled: boolean },
  ): Promise<{ username: string; disabled: boolean; sessionsEnded: number }> =>
    inTransaction(ctx, async (trx) => {
      if (input.disabled)
        refuseOwnAccount(actor, input.username, {
          da: "Du kan ikke spærre din egen bruger.",
          en: "You cannot disable your own account.",
        });
      const user = await setDisabled(trx, input.username, input.disabled);
      if (user === undefined) throw unknownUser(input.username);
      const sessionsEnded = input.disabled ? await deleteSessionsOfUser(trx, user.id) : 0;
      await recordAudit(trx, actor, {
        action: input.disabled ? "user.disable" : "user.enable",
        entity: "user",
        entityId: user.id,
        details: { username: user.username, sessionsEnded },
      });
      return { username: user.username, disabled: input.disabled, sessionsEnded };
    }),
);

/** Refuses an administrator's change to their own account that could lock everyone out. */
function refuseOwnAccount(actor: Actor, username: string, message: Texts): void {
  if (actor.name !== username) return;
  throw new DomainError("conflict", message, [
    { field: "username", message: "din egen bruger", en: "your own account" },
  ]);
}

/**
 * Gives an account another role; its sessions see the new role at their next request (a session
 * reads the role from the account). The role of an account that logs in with the municipality's
 * OIDC provider is the provider's (its role claim, set again at every login): a change here would
 * hold only until that login, so it is refused, saying where the role is changed instead.
 */
export const changeUserRole = defineUseCase(
  "ændre brugeres rolle",
  ADMINISTRATION,
  async (
    ctx,
    actor,
    input: { readonly username: string; readonly role: Role },
  ): Promise<{ username: string; role: Role; previousRole: Role }> =>
    inTransaction(ctx, async (trx) => {
      refuseOwnAccount(actor, input.username, {
        da: "Du kan ikke ændre din egen rolle.",
        en: "You cannot change your own role.",
      });
      const before = await findUserByName(trx, input.username);
      if (before === undefined) throw unknownUser(input.username);
      if (before.signIn === "oidc") {
        throw new DomainError(
          "conflict",
          {
            da: `${before.username} logger ind via kommunens login (OIDC), som sætter rollen ved hvert login. Ret rollen hos identitetsudbyderen.`,
            en: `${before.username} signs in with the municipality's login (OIDC), which sets the role at every login. Change the role at the identity provider.`,
          },
          [
            {
              field: "role",
              message: "styres af kommunens login (OIDC)",
              en: "set by the municipality's login (OIDC)",
            },
          ],
        );
      }
      await updateAccount(trx, input.username, { role: input.role });
      await recordAudit(trx, actor, {
        action: "user.role",
        entity: "user",
        entityId: before.id,
        details: { username: before.username, from: before.role, to: input.role },
      });
      return { username: before.username, role: input.role, previousRole: before.role };
    }),
);

/**
 * Gives an account a new random password, shown once to the administrator, who passes it on; the
 * old password stops working, the account's sessions end and a login lock is lifted.
 */
export const resetUserPassword = defineUseCase(
  "nulstille brugeres adgangskode",
  ADMINISTRATION,
  async (
    ctx,
    actor,
    input: { readonly username: string },
  ): Promise<{ username: string; password: string; sessionsEnded: number }> => {
    const password = randomBytes(12).toString("base64url");
    const passwordHash = await hashPassword(password);
    return inTransaction(ctx, async (trx) => {
      refuseOwnAccount(actor, input.username, {
        da: "Du kan ikke nulstille din egen adgangskode; bed en anden administrator om det.",
        en: "You cannot reset your own password; ask another administrator.",
      });
      const user = await updateAccount(trx, input.username, { passwordHash });
      if (user === undefined) throw unknownUser(input.username);
      const sessionsEnded = await deleteSessionsOfUser(trx, user.id);
      await clearLoginFailures(trx, user.username);
      // The password itself is never written to the log.
      await recordAudit(trx, actor, {
        action: "user.password_reset",
        entity: "user",
        entityId: user.id,
        details: { username: user.username, sessionsEnded },
      });
      return { username: user.username, password, sessionsEnded };
    });
  },
);

/**
 * A new embedded database gets one administrator so a first-time user can log in; the
 * password is random and shown once. A PostgreSQL server never gets one: there an operator
 * runs `udsyn users add --role admin`.
 */
export async function ensureDemoAdmin(
  db: Kysely<Database>,
  create: (input: NewUser) => Promise<User>,
): Promise<{ username: string; password: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  const password = randomBytes(12).toString("base64url");
  await create({ username: "admin", displayName: "Demo-administrator", role: "admin", password });
  return { username: "admin", password };
}

export type { Actor };
