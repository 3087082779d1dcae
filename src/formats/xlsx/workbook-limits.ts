import type { Readable } from "node:stream";
import JSZip from "jszip";
import { DomainError } from "../../domain/errors.ts";
import { formatNumber } from "../../domain/format.ts";
import type { Language, Texts } from "../../domain/language.ts";

/**
 * What an uploaded workbook may cost before ExcelJS reads it whole into memory. An XLSX file is
 * a zip: 1 MB of upload can inflate to gigabytes (a zip bomb), and ExcelJS builds an object per
 * row and cell of what it inflates. The template's sheets hold a few hundred rows; these limits are
 * far above any real round and far below what would stall the server.
 */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** Rows per sheet: the template's overview has one row per budget line, its status sheet one per field. */
export const MAX_SHEET_ROWS = 5_000;
/** Parts of the zip: a real workbook has a few dozen. */
export const MAX_ZIP_ENTRIES = 1_000;

const megabytes = (bytes: number, language: Language = "da") =>
  `${formatNumber(bytes / (1024 * 1024), 1, language).replace(/[,.]0$/, "")} MB`;

function aboutFileIn(fileName: string | undefined, sentence: string): string {
  return fileName === undefined ? sentence[0]?.toUpperCase() + sentence.slice(1) : `${fileName}: ${sentence}`;
}

/** `bombe.xlsx: regnearket …`, or `Regnearket …` when the caller has no file name (a test, a buffer). */
export function aboutFile(fileName: string | undefined, sentence: Texts): Texts {
  return { da: aboutFileIn(fileName, sentence.da), en: aboutFileIn(fileName, sentence.en) };
}

const sourceOf = (fileName: string | undefined) => (fileName === undefined ? {} : { source: fileName });

function tooLarge(fileName: string | undefined, what: Texts): DomainError {
  return new DomainError(
    "invalid_input",
    aboutFile(fileName, {
      da: `regnearket er for stort til at blive indlæst (${what.da}); intet er indlæst.`,
      en: `the spreadsheet is too large to import (${what.en}); nothing has been imported.`,
    }),
    [{ ...sourceOf(fileName), message: what.da, en: what.en }],
  );
}

export function notAWorkbook(fileName: string | undefined): DomainError {
  return new DomainError(
    "invalid_input",
    aboutFile(fileName, {
      da: "filen kan ikke læses som et Excel-regneark (xlsx).",
      en: "the file cannot be read as an Excel spreadsheet (xlsx).",
    }),
    [
      {
        ...sourceOf(fileName),
        message: "filen er ikke et gyldigt xlsx-regneark",
        en: "the file is not a valid xlsx spreadsheet",
      },
    ],
  );
}

/** The size the zip's directory declares for an entry (JSZip keeps it on the entry's compressed data). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

/** The opening tag of a row in a worksheet part (`<row ` or `<x:row `, never `<rowBreaks`). */
const ROW_TAG = /<(?:\w+:)?row[\s>]/g;
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/**
 * Inflates `entry` and counts what comes out, stopping as soon as the running total passes the
 * limit: the sizes in the zip's directory are the sender's word and may lie. Worksheets also get
 * their rows counted on the way, so a sheet of a million rows is refused before ExcelJS sees it.
 */
function inflateCounting(
  entry: JSZip.JSZipObject,
  budget: { inflated: number },
  onTooLarge: () => DomainError,
  onTooManyRows: () => DomainError,
): Promise<void> {
  const countRows = isWorksheet(entry.name);
  const decoder = new TextDecoder();
  let rows = 0;
  let carry = "";
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream("nodebuffer") as Readable;
    let stopped = false;
    const stop = (error: unknown) => {
      if (stopped) return;
      stopped = true;
      // Destroying the stream makes JSZip's next push fail, which pauses the inflating.
      stream.destroy();
      reject(error);
    };
    stream
      .on("data", (chunk: Buffer) => {
        if (stopped) return;
        budget.inflated += chunk.length;
        if (budget.inflated > MAX_INFLATED_BYTES) return stop(onTooLarge());
        if (countRows) {
          // A tag split between two chunks is counted once: the carry keeps the last characters.
          const text = carry + decoder.decode(chunk, { stream: true });
          rows += text.match(ROW_TAG)?.length ?? 0;
          carry = text.slice(-32);
          rows -= carry.match(ROW_TAG)?.length ?? 0;
          if (rows > MAX_SHEET_ROWS + 1) stop(onTooManyRows());
        }
      })
      .on("error", (error: unknown) => stop(error))
      .on("end", () => {
        if (!stopped) resolve();
      });
  });
}

/**
 * Refuses, naming the file, a workbook that would inflate beyond MAX_INFLATED_BYTES, has more than
 * MAX_SHEET_ROWS rows (plus the header) in a sheet, or more than MAX_ZIP_ENTRIES parts — before
 * any of it is parsed. A file that is not a zip at all is refused as not a workbook.
 */
export async function checkWorkbookSize(
  buffer: Buffer | ArrayBuffer,
  fileName: string | undefined,
): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw notAWorkbook(fileName);
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw tooLarge(fileName, {
      da: `${entries.length} dele i filen; højst ${MAX_ZIP_ENTRIES}`,
      en: `${entries.length} parts in the file; at most ${MAX_ZIP_ENTRIES}`,
    });
  }
  const declared = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  const limit = {
    da: `højst ${megabytes(MAX_INFLATED_BYTES)} udpakket`,
    en: `at most ${megabytes(MAX_INFLATED_BYTES, "en")} uncompressed`,
  };
  if (declared > MAX_INFLATED_BYTES) {
    throw tooLarge(fileName, {
      da: `${megabytes(declared)} udpakket; ${limit.da}`,
      en: `${megabytes(declared, "en")} uncompressed; ${limit.en}`,
    });
  }
  const budget = { inflated: 0 };
  for (const entry of entries) {
    try {
      await inflateCounting(
        entry,
        budget,
        () =>
          tooLarge(fileName, {
            da: `over ${megabytes(MAX_INFLATED_BYTES)} udpakket; ${limit.da}`,
            en: `over ${megabytes(MAX_INFLATED_BYTES, "en")} uncompressed; ${limit.en}`,
          }),
        () =>
          tooLarge(fileName, {
            da: `et ark har over ${formatNumber(MAX_SHEET_ROWS)} rækker; højst ${formatNumber(MAX_SHEET_ROWS)}`,
            en: `a sheet has over ${formatNumber(MAX_SHEET_ROWS, 0, "en")} rows; at most ${formatNumber(MAX_SHEET_ROWS, 0, "en")}`,
          }),
      );
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw notAWorkbook(fileName);
    }
  }
}
