import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import { deleteSessionByToken, findSessionByToken, type User } from "../../db/users.repository.ts";
import { EVERYONE } from "../../domain/access.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}

/** The live session of a cookie token, if any: not expired, account not disabled. */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Session | undefined> {
  const session = await findSessionByToken(db, token);
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
