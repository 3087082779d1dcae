import { saveAreaFacts, saveReferenceFacts } from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import { type Actor, STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "../../formats/csv/area-facts-csv.ts";
import { offThread } from "../off-thread.ts";
import { defineUseCase, inTransaction, type UseCaseContext } from "../use-case.ts";
import type { AreaFactsFiles } from "./area-facts-source.ts";
import { auditingRefusal } from "./import-refusal.ts";

/**
 * Above this size a file is parsed on a worker thread: parsing takes about 30 ms per 1,000 rows,
 * and the server answers nobody meanwhile. Below it the parse is shorter than starting a worker.
 */
export const PARSE_OFF_THREAD_CHARS = 256 * 1024;
const PARSER = new URL("../../formats/csv/area-facts-csv.ts", import.meta.url);

function parseFacts(content: string, fileName: string) {
  return content.length > PARSE_OFF_THREAD_CHARS
    ? offThread<typeof parseAreaFactsCsv>(PARSER, "parseAreaFactsCsv", content, fileName)
    : parseAreaFactsCsv(content, fileName);
}

function parseReference(content: string, fileName: string) {
  return content.length > PARSE_OFF_THREAD_CHARS
    ? offThread<typeof parseReferenceFactsCsv>(PARSER, "parseReferenceFactsCsv", content, fileName)
    : parseReferenceFactsCsv(content, fileName);
}

export interface ImportOutcome {
  readonly fileName: string;
  readonly rows: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly years: readonly number[];
  readonly reference?: { readonly fileName: string; readonly rows: number; readonly replaced: number };
}

/** A file with a header and no rows is refused: an empty import is almost always the wrong file. */
export function refuseEmpty(fileName: string, rows: number): void {
  if (rows > 0) return;
  throw new DomainError(
    "invalid_input",
    {
      da: `${fileName}: filen har ingen rækker - intet er indlæst`,
      en: `${fileName}: the file has no rows - nothing has been imported`,
    },
    [
      {
        source: fileName,
        row: 2,
        message: "ingen rækker under overskriften",
        en: "no rows under the header",
      },
    ],
  );
}

/**
 * Imports a facts CSV (and optionally a reference CSV) all or nothing: both files are checked
 * before anything is written, then one transaction replaces the rows with the same
 * (year, department_id) and writes the audit row.
 */
export const importAreaFacts = defineUseCase(
  "indlæse områdefakta",
  STATISTICS_EDITORS,
  async (ctx, actor, files: AreaFactsFiles): Promise<ImportOutcome> =>
    auditingRefusal(
      ctx,
      actor,
      { action: AREA_FACTS_REFUSED, entity: "area_fact", fileName: files.facts.fileName },
      () => importFacts(ctx, actor, files),
    ),
);

/** The audit action of a refused facts file (the import history shows it). */
export const AREA_FACTS_REFUSED = "area_fact.import_refused";

async function importFacts(ctx: UseCaseContext, actor: Actor, files: AreaFactsFiles): Promise<ImportOutcome> {
  const { facts, reference } = files;
  const parsed = await parseFacts(facts.content, facts.fileName);
  const parsedReference = reference ? await parseReference(reference.content, reference.fileName) : undefined;
  refuseEmpty(facts.fileName, parsed.length);
  return inTransaction(ctx, async (trx) => {
    const saved = await saveAreaFacts(trx, parsed);
    const savedReference = parsedReference ? await saveReferenceFacts(trx, parsedReference) : undefined;
    const outcome: ImportOutcome = {
      fileName: facts.fileName,
      rows: parsed.length,
      inserted: saved.inserted,
      replaced: saved.replaced,
      years: [...new Set(parsed.map((f) => f.year))].sort((a, b) => a - b),
      ...(reference && savedReference && parsedReference
        ? {
            reference: {
              fileName: reference.fileName,
              rows: parsedReference.national.length + parsedReference.regions.length,
              replaced: savedReference.replaced,
            },
          }
        : {}),
    };
    await recordAudit(trx, actor, {
      action: "area_fact.import",
      entity: "area_fact",
      details: { ...outcome },
    });
    return outcome;
  });
}
