import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import {
  AUDIT_CHAIN_LANES,
  AUDIT_GENESIS_HASH,
  type AuditChainHead,
  type AuditLink,
  readAuditChainHeads,
  readAuditIdGaps,
  readAuditLinks,
} from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

/**
 * The audit log is `AUDIT_CHAIN_LANES` independent hash chains ("lanes", migration 0021); each is
 * checked on its own, and every broken lane is reported at its first break.
 *
 * What is wrong at a lane's first break:
 * - `changed`: the row's content no longer gives its stored hash (edited in place), or the
 *   lane's head does not match the lane's newest row;
 * - `unlinked`: the row does not point to the hash of the lane's row before it (rows between
 *   them deleted, the row before it edited and re-hashed, or a row moved between lanes);
 * - `tail_missing`: the newest rows the lane's head remembers are gone (deleted or moved);
 * - `head_missing`: a lane's head row is gone (lane null: the whole head table is empty).
 */
export type AuditBreakKind = "changed" | "unlinked" | "tail_missing" | "head_missing";

export interface AuditBreak {
  readonly kind: AuditBreakKind;
  /** The broken lane; null when no lane's head is left at all. */
  readonly lane: number | null;
  /** The row at which the lane breaks (for `tail_missing`, the lane's last row still there), or null. */
  readonly id: string | null;
  /**
   * Ids no row has any more between the lane's last good row and `id` (or its head), when they
   * are one run of consecutive ids; null when nothing is missing or the missing ids are
   * scattered (ids that rows of other lanes hold are never counted as missing).
   */
  readonly missing: { readonly fromId: string; readonly toId: string } | null;
  readonly message: string;
}

export interface AuditVerification {
  readonly intact: boolean;
  /** Rows checked over all lanes (in each broken lane, those before its break). */
  readonly rows: number;
  /** The newest row checked, of any lane. */
  readonly lastId: string | null;
  /**
   * When intact: sha256 over every lane's head (`lane:lastId:lastHash` lines, lane order). Noted
   * outside the database with `lanes`, it lets a later check prove nothing was rewritten: each
   * lane must still pass through the noted row and hash. Null when broken.
   */
  readonly seal: string | null;
  /** Every lane's head, read in the same snapshot as the rows, in lane order. */
  readonly lanes: AuditChainHead[];
  /** Every broken lane's first break, in lane order; empty when intact. */
  readonly breaks: AuditBreak[];
  readonly message: string;
}

const BATCH = 1000;

type IdRange = { readonly fromId: string; readonly toId: string };

function idsText(missing: IdRange): string {
  return missing.fromId === missing.toId
    ? `række ${missing.fromId}`
    : `rækkerne ${missing.fromId}–${missing.toId}`;
}

/** The one run of missing ids, if the gaps found are exactly one run. */
function oneRun(gaps: readonly IdRange[]): IdRange | null {
  return gaps.length === 1 ? (gaps[0] ?? null) : null;
}

/** What the gaps say, in words: "række 41 er slettet", or how scattered the missing ids are. */
function missingText(gaps: readonly IdRange[], between: string): string | null {
  const run = oneRun(gaps);
  if (run !== null) return `${idsText(run)} er slettet`;
  if (gaps.length === 0) return null;
  return `rækker ${between} er slettet (der mangler ids flere steder)`;
}

/** Whether `link` fits after `previous` (null: the start of its lane). Pure. */
export function linkProblem(previous: AuditLink | null, link: AuditLink): "changed" | "unlinked" | null {
  if (link.recomputed !== link.hash) return "changed";
  const expected = previous === null ? AUDIT_GENESIS_HASH : previous.hash;
  return link.prevHash === expected ? null : "unlinked";
}

export function changedBreak(link: AuditLink): AuditBreak {
  return {
    kind: "changed",
    lane: link.lane,
    id: link.id,
    missing: null,
    message: `Kæde ${link.lane}: række ${link.id} er ændret: rækkens indhold passer ikke længere med dens hash.`,
  };
}

/**
 * `link` does not point to `previous`, the lane's row before it. `gaps`: the ids between them
 * that no row of any lane has.
 */
export function unlinkedBreak(
  previous: AuditLink | null,
  link: AuditLink,
  gaps: readonly IdRange[],
): AuditBreak {
  const where = previous === null ? "kædens begyndelse" : `række ${previous.id}`;
  const between = previous === null ? `før række ${link.id}` : `mellem række ${previous.id} og ${link.id}`;
  const missing = missingText(gaps, between);
  const cause =
    missing === null
      ? `række ${link.id}s henvisning eller ${where} er ændret, eller en række er flyttet til eller fra kæden`
      : `${missing}${previous === null ? "" : `, eller række ${previous.id} er ændret`}`;
  return {
    kind: "unlinked",
    lane: link.lane,
    id: link.id,
    missing: oneRun(gaps),
    message: `Kæde ${link.lane} er brudt ved række ${link.id}: den peger ikke på ${where}; ${cause}.`,
  };
}

/** The lane's head does not match its last row; `gaps`: missing ids after that row up to the head's. */
export function tailBreak(
  head: AuditChainHead,
  last: AuditLink | null,
  gaps: readonly IdRange[],
): AuditBreak | null {
  const lastId = last === null ? null : last.id;
  if (head.lastId === lastId && head.lastHash === (last === null ? AUDIT_GENESIS_HASH : last.hash)) {
    return null;
  }
  const ends = lastId === null ? "ingen række" : `række ${lastId}`;
  if (head.lastId !== null && (lastId === null || BigInt(head.lastId) > BigInt(lastId))) {
    const missing = missingText(gaps, `efter ${ends}`);
    return {
      kind: "tail_missing",
      lane: head.lane,
      id: lastId,
      missing: oneRun(gaps),
      message: `Kæde ${head.lane}: de nyeste rækker er slettet eller flyttet: kæden slutter ved ${ends}, men dens hoved kender række ${head.lastId}${missing === null ? "" : ` (${missing})`}.`,
    };
  }
  return {
    kind: "changed",
    lane: head.lane,
    id: lastId,
    missing: null,
    message: `Kæde ${head.lane}: kædens hoved passer ikke med ${lastId === null ? "en tom kæde" : `række ${lastId}`}: den nyeste række eller hovedet er ændret.`,
  };
}

function headMissingBreak(lane: number | null, id: string | null): AuditBreak {
  return {
    kind: "head_missing",
    lane,
    id,
    missing: null,
    message:
      lane === null
        ? "Revisionssporet kan ikke kontrolleres: kædernes hoveder (audit_chain_head) er slettet."
        : `Kæde ${lane}: kædens hoved (audit_chain_head) er slettet${id === null ? "" : `; række ${id} hører til kæden`}.`,
  };
}

/** The fingerprint of every lane's head; see `AuditVerification.seal`. */
export function auditSeal(heads: readonly AuditChainHead[]): string {
  const text = heads.map((h) => `${h.lane}:${h.lastId ?? ""}:${h.lastHash}\n`).join("");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

interface LaneWalk {
  readonly head: AuditChainHead | undefined;
  previous: AuditLink | null;
  /** The first break, with the link before it, until its missing ids are looked up. */
  broken: AuditBreak | { readonly unlinked: AuditLink; readonly previous: AuditLink | null } | null;
}

/**
 * Walks every lane, oldest first, in one pass over the log in id order; a lane stops at its first
 * break. Outside a transaction the walk reads one snapshot (REPEATABLE READ): the heads and the
 * rows agree, so a row of a lane past that lane's head can only be tampering, never a row written
 * during the walk (with READ COMMITTED a row committed between two batches could be skipped and
 * the lane would look broken). Inside the caller's transaction it reads what that one sees.
 */
export async function walkAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  if (db.isTransaction) return walkSnapshot(db);
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute((trx) => walkSnapshot(trx));
}

async function walkSnapshot(db: Kysely<Database>): Promise<AuditVerification> {
  const heads = await readAuditChainHeads(db);
  if (heads.length === 0) return result(0, null, heads, [headMissingBreak(null, null)]);
  const lanes = new Map<number, LaneWalk>();
  for (const head of heads) lanes.set(head.lane, { head, previous: null, broken: null });
  let rows = 0;
  let lastId: string | null = null;
  let afterId: string | null = null;
  for (;;) {
    const links = await readAuditLinks(db, { afterId, limit: BATCH });
    for (const link of links) {
      afterId = link.id;
      let lane = lanes.get(link.lane);
      if (lane === undefined) {
        // A row in a lane without a head: the head row was deleted (or the row's lane edited).
        lane = { head: undefined, previous: null, broken: headMissingBreak(link.lane, link.id) };
        lanes.set(link.lane, lane);
      }
      if (lane.broken !== null) continue;
      const problem = linkProblem(lane.previous, link);
      if (problem === "changed") lane.broken = changedBreak(link);
      else if (problem === "unlinked") lane.broken = { unlinked: link, previous: lane.previous };
      else {
        lane.previous = link;
        rows += 1;
        if (lastId === null || BigInt(link.id) > BigInt(lastId)) lastId = link.id;
      }
    }
    if (links.length < BATCH) break;
  }
  for (let lane = 0; lane < AUDIT_CHAIN_LANES; lane += 1) {
    if (!lanes.has(lane))
      lanes.set(lane, { head: undefined, previous: null, broken: headMissingBreak(lane, null) });
  }
  const breaks: AuditBreak[] = [];
  for (const [, lane] of [...lanes.entries()].sort(([a], [b]) => a - b)) {
    const found = await laneBreak(db, lane);
    if (found !== null) breaks.push(found);
  }
  return result(rows, lastId, heads, breaks);
}

/** A lane's first break, with its missing ids looked up (only broken lanes read them). */
async function laneBreak(db: Kysely<Database>, lane: LaneWalk): Promise<AuditBreak | null> {
  const { broken, head, previous } = lane;
  if (broken !== null && "kind" in broken) return broken;
  if (broken !== null) {
    const gaps = await readAuditIdGaps(db, {
      afterId: broken.previous?.id ?? "0",
      uptoId: broken.unlinked.id,
      limit: 2,
    });
    return unlinkedBreak(broken.previous, broken.unlinked, gaps);
  }
  if (head === undefined) return null;
  const tail = tailBreak(head, previous, []);
  if (tail === null || tail.kind !== "tail_missing" || head.lastId === null) return tail;
  const gaps = await readAuditIdGaps(db, {
    afterId: previous?.id ?? "0",
    uptoId: String(BigInt(head.lastId) + 1n),
    limit: 2,
  });
  return tailBreak(head, previous, gaps);
}

function result(
  rows: number,
  lastId: string | null,
  heads: AuditChainHead[],
  breaks: AuditBreak[],
): AuditVerification {
  const intact = breaks.length === 0;
  const seal = intact ? auditSeal(heads) : null;
  const message = intact
    ? `Revisionssporet er intakt: ${rows} ${rows === 1 ? "række" : "rækker"} kontrolleret i ${heads.length} kæder${lastId === null ? "" : `, nyeste række ${lastId}`}; segl ${seal}.`
    : `Revisionssporet er brudt i ${breaks.length} ${breaks.length === 1 ? "kæde" : "kæder"}. ${breaks.map((b) => b.message).join(" ")}`;
  return { intact, rows, lastId, seal, lanes: heads, breaks, message };
}

/**
 * Checks that no audit row was edited or deleted since it was written: every row's hash is
 * recomputed from its content and the hash before it. The check itself is audited.
 */
export const verifyAuditLog = defineUseCase(
  "kontrollere revisionssporet",
  ADMINISTRATION,
  async (ctx, actor, _input: undefined): Promise<AuditVerification> => {
    const result = await walkAuditChain(ctx.db);
    await inTransaction(ctx, (trx) =>
      recordAudit(trx, actor, {
        action: "audit.verify",
        entity: "audit_log",
        details: {
          intact: result.intact,
          rows: result.rows,
          ...(result.breaks.length === 0
            ? {}
            : { broken: result.breaks.map((b) => ({ lane: b.lane, at: b.id, problem: b.kind })) }),
        },
      }),
    );
    return result;
  },
);
