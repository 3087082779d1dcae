import { replacePublishedLists } from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { parsePublishedListsCsv } from "../../formats/csv/published-lists-csv.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import type { UploadedFile } from "./area-facts-source.ts";
import { refuseEmpty } from "./import-area-facts.ts";

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
  async (ctx, actor, file: UploadedFile): Promise<PublishedListsImport> => {
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
  },
);
