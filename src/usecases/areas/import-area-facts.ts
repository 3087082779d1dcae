import { areaFactsSink, saveReferenceFacts } from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import { type Actor, STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseReferenceFactsCsv, streamAreaFactsCsv } from "../../formats/csv/area-facts-csv.ts";
import { slicesOf, type TextChunks } from "../../formats/csv/csv-table.ts";
import { offThread } from "../off-thread.ts";
import { defineUseCase, inTransaction, type UseCaseContext } from "../use-case.ts";
import type { UploadedFile } from "./area-facts-source.ts";
import { auditingRefusal } from "./import-refusal.ts";

/**
 * Above this size the reference file is parsed on a worker thread: parsing takes about 30 ms per
 * 1,000 rows, and the server answers nobody meanwhile. Below it the parse is shorter than
 * starting a worker. (The facts file is streamed instead: streamTable gives the event loop a
 * turn after every piece it parses.)
 */
export const PARSE_OFF_THREAD_CHARS = 256 * 1024;
const PARSER = new URL("../../formats/csv/area-facts-csv.ts", import.meta.url);

function parseReference(content: string, fileName: string) {
  return content.length > PARSE_OFF_THREAD_CHARS
    ? offThread<typeof parseReferenceFactsCsv>(PARSER, "parseReferenceFactsCsv", content, fileName)
    : parseReferenceFactsCsv(content, fileName);
}

/**
 * A facts file read as it arrives (the CLI's file stream): its name and its text in pieces,
 * which can be read once.
 */
export interface StreamedFile {
  readonly fileName: string;
  readonly chunks: TextChunks;
}

/** What is imported: the facts file (uploaded text or a stream) and optionally the reference file. */
export interface AreaFactsImport {
  readonly facts: UploadedFile | StreamedFile;
  readonly reference?: UploadedFile | undefined;
}

/** The facts file's text in pieces: read from a stream (the CLI), or cut from an uploaded text. */
function chunksOf(file: AreaFactsImport["facts"]): TextChunks {
  return "chunks" in file ? file.chunks : slicesOf(file.content);
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
 * Imports a facts CSV (and optionally a reference CSV) all or nothing, in one transaction: the
 * reference file is checked first (it is small), then the facts file is read, checked and
 * written as it is read (rows with the same (year, department_id) replaced), and the audit row
 * written. A problem anywhere refuses the import with every problem found; the transaction is
 * rolled back, so nothing is written.
 */
export const importAreaFacts = defineUseCase(
  "indlæse områdefakta",
  STATISTICS_EDITORS,
  async (ctx, actor, files: AreaFactsImport): Promise<ImportOutcome> =>
    auditingRefusal(
      ctx,
      actor,
      { action: AREA_FACTS_REFUSED, entity: "area_fact", fileName: files.facts.fileName },
      () => importFacts(ctx, actor, files),
    ),
);

/** The audit action of a refused facts file (the import history shows it). */
export const AREA_FACTS_REFUSED = "area_fact.import_refused";

async function importFacts(
  ctx: UseCaseContext,
  actor: Actor,
  files: AreaFactsImport,
): Promise<ImportOutcome> {
  const { facts, reference } = files;
  const parsedReference = reference ? await parseReference(reference.content, reference.fileName) : undefined;
  return inTransaction(ctx, async (trx) => {
    const sink = await areaFactsSink(trx);
    let rows: number;
    try {
      rows = await streamAreaFactsCsv(chunksOf(facts), facts.fileName, (f) => sink.write(f));
      refuseEmpty(facts.fileName, rows);
    } catch (error) {
      await sink.abandon();
      throw error;
    }
    const saved = await sink.end();
    const savedReference = parsedReference ? await saveReferenceFacts(trx, parsedReference) : undefined;
    const outcome: ImportOutcome = {
      fileName: facts.fileName,
      rows,
      inserted: saved.inserted,
      replaced: saved.replaced,
      years: saved.years,
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
