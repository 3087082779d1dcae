import type { PGlite } from "@electric-sql/pglite";
import { type Kysely, PostgresAdapter, sql } from "kysely";
import type pg from "pg";

/**
 * The driver's own client behind a Kysely handle, for what Kysely cannot say: bulk loading
 * (`COPY`). Inside a transaction it is the transaction's connection, so the bulk rows commit or
 * roll back with the rest. The dialects carry it on their adapter (the one object a transaction
 * shares with the handle it came from).
 */
export type RawClient =
  | { readonly kind: "pglite"; readonly client: PGlite }
  | { readonly kind: "postgres"; readonly client: pg.PoolClient };

type Source =
  | { readonly kind: "pglite"; readonly client: PGlite }
  | { readonly kind: "postgres"; readonly pool: pg.Pool };

/** A PostgreSQL adapter that knows where its connections come from. */
export class RawClientAdapter extends PostgresAdapter {
  readonly source: Source;
  /** PostgreSQL: the pool's clients by server process id (a transaction is found by its pid). */
  readonly byPid = new Map<number, pg.PoolClient>();

  constructor(source: Source) {
    super();
    this.source = source;
    if (source.kind === "postgres") {
      source.pool.on("connect", (client) => {
        const pid = (client as unknown as { processID?: number }).processID;
        if (pid !== undefined) this.byPid.set(pid, client as pg.PoolClient);
      });
      source.pool.on("remove", (client) => {
        const pid = (client as unknown as { processID?: number }).processID;
        if (pid !== undefined) this.byPid.delete(pid);
      });
    }
  }
}

/**
 * The client `db` runs on. On PostgreSQL call it inside a transaction (`db` a transaction):
 * outside one, each query may take another pooled connection. Undefined for a handle not made
 * by `openDatabase`.
 */
export async function rawClient<DB>(db: Kysely<DB>): Promise<RawClient | undefined> {
  const adapter = db.getExecutor().adapter;
  if (!(adapter instanceof RawClientAdapter)) return undefined;
  const { source } = adapter;
  if (source.kind === "pglite") return { kind: "pglite", client: source.client };
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const client = adapter.byPid.get(Number(rows[0]?.pid));
  return client === undefined ? undefined : { kind: "postgres", client };
}
