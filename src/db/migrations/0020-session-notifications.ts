import { type Kysely, sql } from "kysely";

/**
 * The server keeps live sessions in memory (src/usecases/users/session-cache.ts) rather than reading
 * each one from the database on every request. What may make a kept session wrong is a change to
 * its row (ended: logout, a password change, a disabled account, an administrator's DELETE) or to
 * its account (disabled, another role, renamed, deleted). These triggers say so on the channel
 * `udsyn_session_change`, whichever process or tool makes the change (the server, `udsyn users`
 * on the same PostgreSQL, a second server, psql): that is why they are triggers and not calls in
 * the writers. A notification is sent when the writing transaction commits, never for one rolled
 * back. The payload names what to forget: `s:<session id>`, `u:<user id>`, or `*` (a TRUNCATE).
 *
 * A new session (INSERT) needs no notification: no one holds its token yet.
 */
export const SESSION_CHANGE_CHANNEL = "udsyn_session_change";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function session_changed() returns trigger language plpgsql as $$
    begin
      if tg_level = 'STATEMENT' then
        perform pg_notify('udsyn_session_change', '*');
      elsif tg_table_name = 'session' then
        perform pg_notify('udsyn_session_change', 's:' || old.id);
      else
        perform pg_notify('udsyn_session_change', 'u:' || old.id);
      end if;
      return null;
    end $$`.execute(db);
  for (const table of ["session", "app_user"]) {
    await sql`
      create trigger ${sql.id(`${table}_changed`)}
      after update or delete on ${sql.id(table)}
      for each row execute function session_changed()`.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_truncated`)}
      after truncate on ${sql.id(table)}
      for each statement execute function session_changed()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["session", "app_user"]) {
    await sql`drop trigger ${sql.id(`${table}_changed`)} on ${sql.id(table)}`.execute(db);
    await sql`drop trigger ${sql.id(`${table}_truncated`)} on ${sql.id(table)}`.execute(db);
  }
  await sql`drop function session_changed()`.execute(db);
}
