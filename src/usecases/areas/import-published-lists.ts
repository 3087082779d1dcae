import { replacePublishedLists } from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import { type Actor, STATISTICS_EDITORS } from "../../domain/access.ts";
import { parsePublishedListsCsv } from "../../formats/csv/published-lists-csv.ts";
import { defineUseCase, inTransaction, type UseCaseContext } from "../use-case.ts";
import type { UploadedFile } from "./area-facts-source.ts";
import { refuseEmpty } from "./import-area-facts.ts";
import { auditingRefusal } from "./import-refusal.ts";

export interface PublishedListsImport {
  readonly fileName: string;
  readonly rows: number;
  readonly lists: readonly string[];
  readonly replaced: number;
}

/** The ministry's published lists from CSV into the database (all or nothing; a list and year is replaced whole), audited. */
export const importPublishedLists = defineUseCase(
  "indlæse offentliggjorte lister",
  STATISTICS_EDITORS,
  async (ctx, actor, file: UploadedFile): Promise<PublishedListsImport> =>
    auditingRefusal(
      ctx,
      actor,
      { action: PUBLISHED_LISTS_REFUSED, entity: "published_area_list", fileName: file.fileName },
      () => importLists(ctx, actor, file),
    ),
);

/** The audit action of a refused lists file (the import history shows it). */
export const PUBLISHED_LISTS_REFUSED = "published_area_list.import_refused";

async function importLists(
  ctx: UseCaseContext,
  actor: Actor,
  file: UploadedFile,
): Promise<PublishedListsImport> {
  const rows = parsePublishedListsCsv(file.content, file.fileName);
  refuseEmpty(file.fileName, rows.length);
  return inTransaction(ctx, async (trx) => {
    const saved = await replacePublishedLists(trx, rows);
    const outcome = {
      fileName: file.fileName,
      rows: rows.length,
      lists: saved.lists,
      replaced: saved.removed,
    };
    await recordAudit(trx, actor, {
      action: "published_area_list.import",
      entity: "published_area_list",
      details: { ...outcome },
    });
    return outcome;
  });
}
