import {
  AliasNode,
  DeleteQueryNode,
  type Kysely,
  type KyselyPlugin,
  type OperationNode,
  TableNode,
  UpdateQueryNode,
} from "kysely";
import type { DatabaseHandle } from "../../db/database.ts";
import type { ChannelSubscription } from "../../db/notifications.ts";
import type { Database } from "../../db/schema.ts";
import {
  findSessionById,
  SESSION_CHANGE_CHANNEL,
  type StoredSession,
  tokenHash,
} from "../../db/users.repository.ts";

/**
 * The live sessions a server has seen, kept in memory so that most requests make no session
 * round trip to the database (one round trip cost 0.3-0.7 ms of the server's CPU, more than the
 * rest of a small answer: bench/RESULTS.md, B3).
 *
 * A kept session is exactly what the database says, or is not used:
 * - every change to a session row or its account, by any process, is announced by a trigger
 *   (migration 0020) and drops the entries it names as soon as the notification arrives;
 * - the entries are served only while the channel is listened to; when the listening connection is
 *   lost every entry is dropped, and until it listens again every request reads the database
 *   (notifications sent meanwhile are lost);
 * - a read that overlapped a notification is not kept (the generation below), so an answer
 *   read before a change cannot be stored after the change was announced;
 * - the expiry and `disabled` are checked on every request by the caller, as for a read row;
 * - an entry is kept at most MAX_AGE_MS and there are at most `maxEntries` (least recently used
 *   go first): a safety net, and memory bounded by the number of people, not of requests.
 *
 * On PGlite a notification is handed over before the writing statement's caller continues. On
 * PostgreSQL it arrives on the listening connection a moment after the commit; for changes made
 * through this process the server waits for it (`sync`) before it answers the request that made
 * them (src/server/access.ts), so that request's own answer is never followed by a stale one.
 * A change made by another process is seen as soon as its notification arrives (less than a
 * millisecond on one machine: as soon as a request that read the row itself would have seen it).
 */
export const MAX_AGE_MS = 60_000;
export const MAX_ENTRIES = 10_000;

interface Entry {
  readonly session: StoredSession;
  readonly storedAt: number;
}

export interface SessionCacheOptions {
  readonly maxEntries?: number;
  readonly maxAgeMs?: number;
  /** Milliseconds on a monotonic clock, for the age limit (the session's expiry uses the domain clock). */
  readonly monotonicNow?: () => number;
}

export class SessionCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;
  readonly #monotonicNow: () => number;
  #listening = false;
  /** Raised by every notification and state change: a read that spans one is not kept. */
  #generation = 0;
  /** Raised by every session or account write made through `observer` (for `sync`). */
  #writes = 0;
  #subscription: ChannelSubscription | undefined;

  constructor(options: SessionCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.#maxAgeMs = options.maxAgeMs ?? MAX_AGE_MS;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
  }

  /** Starts listening on the database's channel; the cache serves nothing until it listens. */
  listenTo(database: Pick<DatabaseHandle, "listen">): void {
    this.#subscription = database.listen(SESSION_CHANGE_CHANNEL, {
      notify: (payload) => this.notify(payload),
      state: (listening) => this.state(listening),
    });
  }

  get listening(): boolean {
    return this.#listening;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The stored session of a cookie token, from memory when it can be trusted, else from `db`. */
  async find(db: Kysely<Database>, token: string): Promise<StoredSession | undefined> {
    const id = tokenHash(token);
    const entry = this.#listening ? this.#entries.get(id) : undefined;
    if (entry !== undefined) {
      if (this.#monotonicNow() - entry.storedAt <= this.#maxAgeMs) {
        this.#entries.delete(id);
        this.#entries.set(id, entry); // the most recently used last
        return entry.session;
      }
      this.#entries.delete(id);
    }
    const generation = this.#generation;
    const session = await findSessionById(db, id);
    if (session !== undefined && this.#listening && generation === this.#generation) {
      this.#entries.set(id, { session, storedAt: this.#monotonicNow() });
      for (const oldest of this.#entries.keys()) {
        if (this.#entries.size <= this.#maxEntries) break;
        this.#entries.delete(oldest);
      }
    }
    return session;
  }

  /** A notification of migration 0020's triggers: `s:<session id>`, `u:<user id>` or `*`. */
  notify(payload: string): void {
    this.#generation += 1;
    if (payload.startsWith("s:")) {
      this.#entries.delete(payload.slice(2));
    } else if (payload.startsWith("u:")) {
      const userId = Number(payload.slice(2));
      for (const [id, entry] of this.#entries) {
        if (entry.session.user.id === userId) this.#entries.delete(id);
      }
    } else {
      this.#entries.clear();
    }
  }

  /** Listening (again) or not: either way what is kept may have missed a notification. */
  state(listening: boolean): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#listening = listening;
  }

  /** How many session or account writes `observer` has seen; compare before and after a request. */
  get writes(): number {
    return this.#writes;
  }

  /** Resolves once the notifications of every transaction committed before the call have arrived. */
  async sync(): Promise<void> {
    await this.#subscription?.sync();
  }

  async close(): Promise<void> {
    this.state(false);
    await this.#subscription?.close();
  }

  /**
   * Counts the statements that change a session or an account (UPDATE or DELETE of `session` or
   * `app_user`) made through the database it is added to, so the server knows when a request's
   * answer must wait for their notifications (`sync`).
   */
  readonly observer: KyselyPlugin = {
    transformQuery: (args) => {
      if (changesSessions(args.node)) this.#writes += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

const WATCHED_TABLES = new Set(["session", "app_user"]);

function tableName(node: OperationNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableName(node.node);
  return undefined;
}

function changesSessions(node: OperationNode): boolean {
  if (UpdateQueryNode.is(node)) return WATCHED_TABLES.has(tableName(node.table) ?? "");
  if (DeleteQueryNode.is(node))
    return node.from.froms.some((from) => WATCHED_TABLES.has(tableName(from) ?? ""));
  return false;
}
