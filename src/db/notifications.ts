import type { PGlite } from "@electric-sql/pglite";
import pg from "./pg-driver.ts";

/** What a subscriber to a channel (LISTEN) is told. */
export interface ChannelListener {
  /** A notification's payload, in the order the notifying transactions committed. */
  notify(payload: string): void;
  /**
   * `true` once the channel is listened to; `false` when the listening connection is lost:
   * until the next `true`, notifications may be missed (PostgreSQL does not keep them for a
   * connection that is gone).
   */
  state(listening: boolean): void;
}

export interface ChannelSubscription {
  /** Resolves once every notification of a transaction committed before the call has been delivered. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5000;

/**
 * LISTEN on a connection of its own (a pooled connection would be handed to other queries and
 * returned, and a transaction holds notifications back until it ends). A lost connection is
 * reported (`state(false)`) and opened again, with a growing pause, until `close()`.
 */
export function listenPostgres(
  url: string,
  channel: string,
  listener: ChannelListener,
  applicationName = `udsyn ${channel} listener`,
): ChannelSubscription {
  let client: InstanceType<typeof pg.Client> | undefined;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    retry = undefined;
    if (closed) return;
    const connection = new pg.Client({ connectionString: url, application_name: applicationName });
    let lost = false;
    const onLost = (): void => {
      if (lost) return;
      lost = true;
      if (client === connection) client = undefined;
      listener.state(false);
      connection.end().catch(() => undefined);
      if (closed) return;
      retry = setTimeout(() => void connect(), retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    };
    connection.on("error", onLost);
    connection.on("end", onLost);
    connection.on("notification", (message) => {
      if (message.channel === channel) listener.notify(message.payload ?? "");
    });
    try {
      await connection.connect();
      await connection.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch {
      onLost();
      return;
    }
    if (lost) return;
    if (closed) {
      await connection.end().catch(() => undefined);
      return;
    }
    client = connection;
    retryMs = FIRST_RETRY_MS;
    listener.state(true);
  };
  const started = connect();
  return {
    async sync() {
      await started;
      // PostgreSQL sends a listening connection the notifications of every transaction committed
      // before a query ahead of that query's answer.
      await client?.query("select 1").catch(() => undefined);
    },
    async close() {
      closed = true;
      if (retry !== undefined) clearTimeout(retry);
      await started;
      await client?.end().catch(() => undefined);
    },
  };
}

/**
 * PGlite runs in this process, one connection: a notification is handed over (as a microtask)
 * while the notifying statement's answer is read, before its caller continues.
 */
export function listenPglite(
  client: PGlite,
  channel: string,
  listener: ChannelListener,
): ChannelSubscription {
  let closed = false;
  const started = client
    .listen(channel, (payload) => listener.notify(payload))
    .then((unlisten) => {
      if (!closed) listener.state(true);
      return unlisten;
    });
  return {
    async sync() {
      await started;
    },
    async close() {
      closed = true;
      listener.state(false);
      const unlisten = await started.catch(() => undefined);
      await unlisten?.().catch(() => undefined);
    },
  };
}
