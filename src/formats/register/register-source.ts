import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";

/**
 * A file of a register batch, as bytes in memory or as a path on disk (the CLI's folder, the
 * API's spooled upload). It is read as a stream, never whole, except bytes given in memory.
 */
export type RegisterFile =
  | { readonly fileName: string; readonly content: string | Uint8Array }
  | { readonly fileName: string; readonly path: string };

export type RegisterFileFormat = "csv" | "parquet";
export type RegisterEncoding = "utf-8" | "latin-1";

/** What one pass over a file's bytes tells before it is parsed. */
export interface ScannedFile {
  readonly file: RegisterFile;
  /** The name without its folder. */
  readonly baseName: string;
  readonly format: RegisterFileFormat;
  readonly bytes: number;
  readonly sha256: string;
  /** CSV: UTF-8 when every byte sequence is UTF-8, else Latin-1 (Windows-1252). */
  readonly encoding: RegisterEncoding | undefined;
  /** CSV: a UTF-8 byte-order mark declares the file UTF-8. */
  readonly bom: boolean;
  /** CSV: the header line decides: a semicolon and no more commas means semicolons. */
  readonly delimiter: "," | ";" | undefined;
  /** CSV: the first row (header = 1) with bytes that are not UTF-8, if any. */
  readonly firstInvalidUtf8Row: number | undefined;
  /** CSV: line breaks, for a progress bar's total (the number of data rows, near enough). */
  readonly lines: number;
  /** CSV: the file's last line has no line break after it (it is counted in `records`, not in `lines`). */
  readonly lastLineOpen: boolean;
}

/**
 * The data records a CSV file has if each is one line and no line is empty (the header left out):
 * a prediction, which the import checks against the rows it reads.
 */
export function predictedRecords(file: ScannedFile): number {
  return Math.max(0, file.lines + (file.lastLineOpen ? 1 : 0) - 1);
}

export const baseNameOf = (fileName: string): string => fileName.split(/[\\/]/).at(-1) ?? fileName;

export function formatOf(fileName: string): RegisterFileFormat {
  return fileName.toLowerCase().endsWith(".parquet") ? "parquet" : "csv";
}

/** The file's bytes as a stream of chunks. */
export function byteStream(file: RegisterFile, highWaterMark = 1 << 20): Readable {
  if ("path" in file) return createReadStream(file.path, { highWaterMark });
  const bytes = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content;
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += highWaterMark)
    chunks.push(
      Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(highWaterMark, bytes.length - start)),
    );
  return Readable.from(chunks, { objectMode: false });
}

export async function fileSize(file: RegisterFile): Promise<number> {
  if ("path" in file) return (await stat(file.path)).size;
  return typeof file.content === "string" ? Buffer.byteLength(file.content, "utf8") : file.content.length;
}

/** Bytes 0x80-0xff that do not form UTF-8 from `start` on; returns the offset of the first, or -1, and how many bytes at the end are an unfinished sequence. */
function invalidUtf8(bytes: Uint8Array, start: number): { invalid: number; pending: number } {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return { invalid: i, pending: 0 };
    if (i + need >= n) {
      // Possibly cut by the chunk's end: valid so far?
      for (let k = i + 1; k < n; k++)
        if (((bytes[k] as number) & 0xc0) !== 0x80) return { invalid: i, pending: 0 };
      return { invalid: -1, pending: n - i };
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return { invalid: i, pending: 0 };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { invalid: i, pending: 0 };
    i += need + 1;
  }
  return { invalid: -1, pending: 0 };
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  let at = bytes.indexOf(10);
  while (at !== -1 && at < end) {
    count++;
    at = bytes.indexOf(10, at + 1);
  }
  return count;
}

/**
 * One streamed pass over a file: its size and SHA-256 (the batch's content hash and the
 * `files` record), and for CSV its encoding, byte-order mark, delimiter and line count.
 */
async function scanFile(file: RegisterFile, batchHash: Hash, chunkSize: number): Promise<ScannedFile> {
  const baseName = baseNameOf(file.fileName);
  const format = formatOf(baseName);
  const hash = createHash("sha256");
  batchHash.update(`${baseName}\n${await fileSize(file)}\n`);
  let bytes = 0;
  let lines = 0;
  let bom = false;
  let headerLine: Buffer | undefined;
  let headerParts: Buffer[] = [];
  let carry: Buffer = Buffer.alloc(0);
  let firstInvalidUtf8Row: number | undefined;
  let lastByte = 10;
  for await (const raw of byteStream(file, chunkSize)) {
    const chunk = raw as Buffer;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1] as number;
    hash.update(chunk);
    batchHash.update(chunk);
    if (format === "csv") {
      if (bytes === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) bom = true;
      if (headerLine === undefined) {
        const nl = chunk.indexOf(10);
        headerParts.push(nl === -1 ? chunk : chunk.subarray(0, nl));
        if (nl !== -1 || headerParts.reduce((s, p) => s + p.length, 0) > 65_536) {
          headerLine = Buffer.concat(headerParts);
          headerParts = [];
        }
      }
      if (firstInvalidUtf8Row === undefined) {
        const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        // Fast path: a chunk that is UTF-8 as a whole.
        const { invalid, pending } = invalidUtf8(buffer, 0);
        if (invalid >= 0)
          firstInvalidUtf8Row = lines + countNewlines(buffer, invalid) - countNewlines(carry) + 1;
        carry = pending > 0 ? Buffer.from(buffer.subarray(buffer.length - pending)) : Buffer.alloc(0);
      }
      lines += countNewlines(chunk);
    }
    bytes += chunk.length;
  }
  if (format === "csv" && firstInvalidUtf8Row === undefined && carry.length > 0)
    firstInvalidUtf8Row = lines + 1;
  const header = (headerLine ?? Buffer.concat(headerParts)).toString("latin1");
  const semicolons = header.split(";").length - 1;
  const commas = header.split(",").length - 1;
  return {
    file,
    baseName,
    format,
    bytes,
    sha256: hash.digest("hex"),
    encoding: format === "csv" ? (firstInvalidUtf8Row === undefined ? "utf-8" : "latin-1") : undefined,
    bom,
    delimiter: format === "csv" ? (semicolons > commas ? ";" : ",") : undefined,
    firstInvalidUtf8Row,
    lines,
    lastLineOpen: format === "csv" && lastByte !== 10,
  };
}

/**
 * Scans every file in name order. The batch's content hash is the SHA-256 over the files, in
 * name order, each as its name, its length and its bytes (docs/REGISTER.md).
 */
export async function scanBatch(
  files: readonly RegisterFile[],
  chunkSize = 1 << 20,
): Promise<{ readonly files: readonly ScannedFile[]; readonly contentHash: string }> {
  const batchHash = createHash("sha256");
  const sorted = [...files].sort((a, b) => (baseNameOf(a.fileName) < baseNameOf(b.fileName) ? -1 : 1));
  const scanned: ScannedFile[] = [];
  for (const file of sorted) scanned.push(await scanFile(file, batchHash, chunkSize));
  return { files: scanned, contentHash: batchHash.digest("hex") };
}
