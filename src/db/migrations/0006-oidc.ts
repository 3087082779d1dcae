import { type Kysely, sql } from "kysely";

/**
 * Login with the municipality's identity provider (OIDC). An account made at an OIDC login is
 * tied to the provider's subject (`oidc_issuer`, `oidc_subject`), never to a user name, so a
 * name chosen at the provider cannot take over a local account. Such an account keeps a random
 * password hash nobody knows, so the local login stays one code path.
 *
 * A login in progress (state, nonce, PKCE verifier) is kept here for a few minutes, found by the
 * SHA-256 of a random token in a short-lived HTTP-only cookie, and used once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("oidc_issuer", "text", (c) => c.check(sql`length(oidc_issuer) between 1 and 2048`))
    .execute();
  await db.schema
    .alterTable("app_user")
    .addColumn("oidc_subject", "text", (c) => c.check(sql`length(oidc_subject) between 1 and 255`))
    .execute();
  await sql`alter table app_user add constraint app_user_oidc_both
    check ((oidc_issuer is null) = (oidc_subject is null))`.execute(db);
  await db.schema
    .createIndex("app_user_oidc_subject_key")
    .on("app_user")
    .columns(["oidc_issuer", "oidc_subject"])
    .unique()
    .execute();

  await db.schema
    .createTable("oidc_login")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("oidc_login_expires_idx").on("oidc_login").column("expires_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("oidc_login").execute();
  await db.schema.dropIndex("app_user_oidc_subject_key").execute();
  await sql`alter table app_user drop constraint app_user_oidc_both`.execute(db);
  await db.schema.alterTable("app_user").dropColumn("oidc_subject").execute();
  await db.schema.alterTable("app_user").dropColumn("oidc_issuer").execute();
}
