import type { Kysely } from "kysely";
import {
  AUDIT_GENESIS_HASH,
  type AuditChainHead,
  type AuditLink,
  readAuditChainHead,
  readAuditLinks,
} from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

/**
 * What is wrong at the first break:
 * - `changed`: the row's content no longer gives its stored hash (edited in place);
 * - `unlinked`: the row does not point to the hash of the row before it (rows between them
 *   deleted, or the row before it edited and re-hashed);
 * - `tail_missing`: the newest rows the chain's head remembers are gone (deleted);
 * - `head_missing`: the chain's head row itself is gone.
 */
export type AuditBreakKind = "changed" | "unlinked" | "tail_missing" | "head_missing";

export interface AuditBreak {
  readonly kind: AuditBreakKind;
  /** The row at which the chain breaks (for `tail_missing`, the last row still there), or null. */
  readonly id: string | null;
  /** Ids missing between the last good row and `id` (or after it), when there is a gap. */
  readonly missing: { readonly fromId: string; readonly toId: string } | null;
  readonly message: string;
}

export interface AuditVerification {
  readonly intact: boolean;
  /** Rows checked, oldest first, up to the head read when the check began. */
  readonly rows: number;
  readonly lastId: string | null;
  /** The newest hash: noted outside the database, it lets a later check prove nothing was rewritten. */
  readonly lastHash: string | null;
  readonly broken: AuditBreak | null;
  readonly message: string;
}

const BATCH = 1000;

function range(fromId: bigint, toId: bigint): { fromId: string; toId: string } | null {
  return fromId <= toId ? { fromId: String(fromId), toId: String(toId) } : null;
}

function idsText(missing: { fromId: string; toId: string }): string {
  return missing.fromId === missing.toId
    ? `række ${missing.fromId}`
    : `rækkerne ${missing.fromId}–${missing.toId}`;
}

/**
 * Checks one link against the link before it (null: the start of the chain). Pure: the walk and
 * its tests share it.
 */
export function checkAuditLink(previous: AuditLink | null, link: AuditLink): AuditBreak | null {
  if (link.recomputed !== link.hash) {
    return {
      kind: "changed",
      id: link.id,
      missing: null,
      message: `Række ${link.id} er ændret: rækkens indhold passer ikke længere med dens hash.`,
    };
  }
  const expected = previous === null ? AUDIT_GENESIS_HASH : previous.hash;
  if (link.prevHash === expected) return null;
  const before = previous === null ? 0n : BigInt(previous.id);
  const missing = range(before + 1n, BigInt(link.id) - 1n);
  const where = previous === null ? "kædens begyndelse" : `række ${previous.id}`;
  const cause =
    missing === null
      ? `række ${link.id}s henvisning eller ${where} er ændret`
      : `${idsText(missing)} er slettet${previous === null ? "" : `, eller række ${previous.id} er ændret`}`;
  return {
    kind: "unlinked",
    id: link.id,
    missing,
    message: `Kæden er brudt ved række ${link.id}: den peger ikke på ${where}; ${cause}.`,
  };
}

function checkTail(head: AuditChainHead, last: AuditLink | null): AuditBreak | null {
  const lastId = last === null ? null : last.id;
  if (head.lastId === lastId && head.lastHash === (last === null ? AUDIT_GENESIS_HASH : last.hash)) {
    return null;
  }
  if (head.lastId !== null && (lastId === null || BigInt(head.lastId) > BigInt(lastId))) {
    const missing = range(lastId === null ? 1n : BigInt(lastId) + 1n, BigInt(head.lastId));
    return {
      kind: "tail_missing",
      id: lastId,
      missing,
      message: `De nyeste rækker er slettet: kæden slutter ved ${lastId === null ? "ingen række" : `række ${lastId}`}, men dens hoved kender række ${head.lastId}${missing === null ? "" : ` (${idsText(missing)} mangler)`}.`,
    };
  }
  return {
    kind: "changed",
    id: lastId,
    missing: null,
    message: `Kædens hoved passer ikke med ${lastId === null ? "en tom log" : `række ${lastId}`}: den nyeste række eller hovedet er ændret.`,
  };
}

/** Walks the whole chain, oldest first, in batches; stops at the first break. */
export async function walkAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const head = await readAuditChainHead(db);
  if (head === undefined) {
    const message = "Revisionssporet kan ikke kontrolleres: kædens hoved (audit_chain_head) er slettet.";
    return {
      intact: false,
      rows: 0,
      lastId: null,
      lastHash: null,
      broken: { kind: "head_missing", id: null, missing: null, message },
      message,
    };
  }
  let rows = 0;
  let previous: AuditLink | null = null;
  let broken: AuditBreak | null = null;
  // Only rows up to the head read above: rows written during the walk are the next check's.
  if (head.lastId !== null) {
    for (;;) {
      const links = await readAuditLinks(db, {
        afterId: previous?.id ?? null,
        uptoId: head.lastId,
        limit: BATCH,
      });
      for (const link of links) {
        broken = checkAuditLink(previous, link);
        if (broken !== null) break;
        previous = link;
        rows += 1;
      }
      if (broken !== null || links.length < BATCH) break;
    }
  }
  broken ??= checkTail(head, previous);
  const lastId = previous?.id ?? null;
  const lastHash = previous?.hash ?? null;
  const message =
    broken === null
      ? `Revisionssporet er intakt: ${rows} ${rows === 1 ? "række" : "rækker"} kontrolleret${lastId === null ? "" : `, nyeste række ${lastId}, hash ${lastHash}`}.`
      : `Revisionssporet er brudt. ${broken.message}`;
  return { intact: broken === null, rows, lastId, lastHash, broken, message };
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
          ...(result.broken === null ? {} : { brokenAt: result.broken.id, problem: result.broken.kind }),
        },
      }),
    );
    return result;
  },
);
