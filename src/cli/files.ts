import { createReadStream, readFileSync } from "node:fs";
import { DomainError } from "../domain/errors.ts";
import { unreadable } from "./unreadable.ts";

/** How a file's bytes were read; src/formats/csv/csv-encoding.ts does the same for uploaded bytes. */
export type TextEncodingName = "utf-8" | "latin-1";

function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // The WHATWG "latin1" label is Windows-1252: Latin-1 plus the printable 0x80-0x9f range.
    return { text: new TextDecoder("latin1").decode(bytes), encoding: "latin-1" };
  }
}

/**
 * A file named on the command line, or a refusal naming it (exit code 1, not a stack trace).
 * Read as bytes and decoded as UTF-8 when the bytes are valid UTF-8, else as Latin-1 (what
 * Danish Excel saves a semicolon-separated CSV as), so "København" survives either way; a
 * Latin-1 reading is said on stderr, so a wrong guess is visible.
 */
export function readTextFile(path: string): {
  fileName: string;
  content: string;
  encoding: TextEncodingName;
} {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding === "latin-1")
    process.stderr.write(
      `${path}: ikke gyldig UTF-8; læst som Latin-1 (Windows-1252, som dansk Excel gemmer CSV)\n`,
    );
  return { fileName: path, content: text, encoding };
}

/** Bytes per piece of a streamed file. */
const STREAM_PIECE = 256 * 1024;

/** The file's bytes, a piece at a time, decoded as `encoding` (a character split between pieces is kept whole). */
async function* decodedPieces(path: string, encoding: TextEncodingName): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding === "utf-8" ? "utf-8" : "latin1");
  for await (const piece of createReadStream(path, { highWaterMark: STREAM_PIECE }))
    yield decoder.decode(piece as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/**
 * A file named on the command line, read as a stream (a large import is not held whole), or a
 * refusal naming it. Its encoding is decided as `readTextFile` does, on the whole file: a first
 * pass only checks that the bytes are UTF-8 (it holds a piece at a time), the second is the read.
 */
export async function streamTextFile(path: string): Promise<{
  fileName: string;
  chunks: AsyncIterable<string>;
  encoding: TextEncodingName;
}> {
  let encoding: TextEncodingName = "utf-8";
  try {
    const check = new TextDecoder("utf-8", { fatal: true });
    try {
      for await (const piece of createReadStream(path, { highWaterMark: STREAM_PIECE }))
        check.decode(piece as Buffer, { stream: true });
      check.decode();
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw error;
      encoding = "latin-1";
    }
  } catch (error) {
    throw unreadable(path, error);
  }
  if (encoding === "latin-1")
    process.stderr.write(
      `${path}: ikke gyldig UTF-8; læst som Latin-1 (Windows-1252, som dansk Excel gemmer CSV)\n`,
    );
  return { fileName: path, chunks: decodedPieces(path, encoding), encoding };
}

export function readJsonFile(path: string): unknown {
  const { content } = readTextFile(path);
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new DomainError(
      "invalid_input",
      { da: `${path}: ikke gyldig JSON`, en: `${path}: not valid JSON` },
      [{ source: path, message: (error as Error).message }],
    );
  }
}
