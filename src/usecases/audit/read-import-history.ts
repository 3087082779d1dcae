import { readAuditByActions, recordAudit } from "../../db/audit.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { AREA_FACTS_REFUSED } from "../areas/import-area-facts.ts";
import { PUBLISHED_LISTS_REFUSED } from "../areas/import-published-lists.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

export type ImportKind = "area_facts" | "published_lists" | "register_batch" | "register_facts";

/** One import as the administrator sees it: what came in, from whom, when, how many rows, and whether it was taken. */
export interface ImportHistoryEntry {
  readonly id: string;
  readonly at: string;
  readonly actorName: string;
  readonly kind: ImportKind;
  /** The file, or the register batch's name. */
  readonly source: string;
  readonly rows: number | null;
  /** Rows of an earlier import replaced by this one. */
  readonly replaced: number | null;
  readonly status: "imported" | "refused";
  /** Why a file was refused (the first line of the refusal). */
  readonly message: string | null;
}

/**
 * Each import writes its audit row in the transaction that stores it (and a refused file one of
 * its own), so the audit log is the history: one source, no second table that could disagree.
 */
const IMPORT_ACTIONS: Readonly<Record<string, { kind: ImportKind; status: ImportHistoryEntry["status"] }>> = {
  "area_fact.import": { kind: "area_facts", status: "imported" },
  [AREA_FACTS_REFUSED]: { kind: "area_facts", status: "refused" },
  "published_area_list.import": { kind: "published_lists", status: "imported" },
  [PUBLISHED_LISTS_REFUSED]: { kind: "published_lists", status: "refused" },
  "register.import": { kind: "register_batch", status: "imported" },
  "register.facts": { kind: "register_facts", status: "imported" },
};

const numberOr = (value: unknown): number | null => (typeof value === "number" ? value : null);
const textOr = (value: unknown, otherwise: string): string => (typeof value === "string" ? value : otherwise);

function rowsOf(kind: ImportKind, details: Record<string, unknown>): number | null {
  if (kind === "register_batch") {
    const counts = details.rowCounts;
    if (counts === null || typeof counts !== "object") return null;
    return Object.values(counts).reduce<number>((sum, n) => sum + (typeof n === "number" ? n : 0), 0);
  }
  if (kind === "register_facts") return numberOr(details.departmentYears);
  return numberOr(details.rows);
}

export interface ImportHistoryQuery {
  readonly limit: number;
  readonly beforeId?: string | undefined;
}

/** The imports, newest first; reading them is audited as a read of the audit log. */
export const readImportHistory = defineUseCase(
  "se indlæsningerne",
  ADMINISTRATION,
  async (ctx, actor, query: ImportHistoryQuery): Promise<ImportHistoryEntry[]> =>
    inTransaction(ctx, async (trx) => {
      const rows = await readAuditByActions(trx, Object.keys(IMPORT_ACTIONS), query);
      await recordAudit(trx, actor, {
        action: "audit.read",
        entity: "audit_log",
        details: { imports: true, ...query },
      });
      return rows.flatMap((row) => {
        const action = IMPORT_ACTIONS[row.action];
        if (action === undefined) return [];
        const d = row.details;
        return [
          {
            id: row.id,
            at: row.at,
            actorName: row.actorName,
            kind: action.kind,
            source: textOr(d.fileName, textOr(d.name, textOr(d.batch, ""))),
            rows: rowsOf(action.kind, d),
            replaced: numberOr(d.replaced),
            status: action.status,
            message: action.status === "refused" ? textOr(d.message, "") : null,
          },
        ];
      });
    }),
);
