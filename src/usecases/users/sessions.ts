import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import { deleteSessionByToken, findSessionByToken, type User } from "../../db/users.repository.ts";
import { EVERYONE } from "../../domain/access.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import type { SessionCache } from "./session-cache.ts";

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

/**
 * The live session of a cookie token, if any: not expired, account not disabled. With a cache
 * (the server's), a session it holds is not read again; expiry and `disabled` are still checked here.
 */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  cache?: SessionCache,
): Promise<Session | undefined> {
  const session = cache === undefined ? await findSessionByToken(db, token) : await cache.find(db, token);
  if (session === undefined || session.disabled || session.expiresAt <= now) return undefined;
  return { user: session.user, csrfToken: session.csrfToken };
}

/** Ends a session; audited, so the log shows when a person stopped working. */
export const logOut = defineUseCase(
  "logge ud",
  EVERYONE,
  async (ctx, actor, input: { readonly token: string }): Promise<void> =>
    inTransaction(ctx, async (trx) => {
      await deleteSessionByToken(trx, input.token);
      await recordAudit(trx, actor, { action: "logout", entity: "user", entityId: actor.userId });
    }),
);
