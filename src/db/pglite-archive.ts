import { gunzipSync, gzipSync } from "node:zlib";
import { DomainError } from "../domain/errors.ts";
import { isLockFileName } from "./data-folder-lock.ts";

/**
 * A dump of an embedded database is PGlite's `dumpDataDir()`: the data folder as a tar archive,
 * usually gzipped. We read it ourselves before handing it to PGlite, for two reasons: a file that
 * is not such a dump must be refused before anything is moved aside, and the dump of a folder in
 * use contains that process's lock file, which must not come back to life in the restored folder.
 */
export interface PgliteArchive {
  /** The uncompressed tar without our lock files, ready for `new PGlite({ loadDataDir })`. */
  readonly tar: Uint8Array;
  /** The PostgreSQL major version in the dump's `PG_VERSION`. */
  readonly postgresVersion: string;
}

const BLOCK = 512;

export function readPgliteArchive(bytes: Uint8Array, source: string): PgliteArchive {
  const refuse = (reason: string) =>
    new DomainError(
      "invalid_input",
      {
        da: `${source} er ikke en dump af en indlejret udsyn-database (PGlite).`,
        en: `${source} is not a dump of an embedded udsyn database (PGlite).`,
      },
      [
        { message: reason },
        {
          message: "En dump laves med `udsyn db dump FIL`.",
          en: "A dump is made with `udsyn db dump FILE`.",
        },
      ],
    );
  let tar: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      tar = gunzipSync(bytes);
    } catch (error) {
      throw refuse(`Filen er gzip, men kan ikke pakkes ud: ${(error as Error).message}`);
    }
  }
  const kept: Uint8Array[] = [];
  // GNU long names and pax headers describe the entry after them: kept or dropped with it.
  let pending: Uint8Array[] = [];
  let postgresVersion: string | undefined;
  let hasControlFile = false;
  let offset = 0;
  let ended = false;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) {
      ended = true;
      break;
    }
    if (!checksumMatches(header)) {
      throw refuse(
        offset === 0
          ? "Filen er hverken et tar- eller et tar.gz-arkiv."
          : `Ugyldig tar-header ved byte ${offset}.`,
      );
    }
    const size = Number.parseInt(text(header, 124, 136).trim() || "0", 8);
    if (!Number.isSafeInteger(size) || size < 0) throw refuse(`Ugyldig størrelse ved byte ${offset}.`);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (end > tar.length) throw refuse("Arkivet er afkortet (filen slutter midt i en post).");
    const entry = tar.subarray(offset, end);
    offset = end;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === "L" || type === "K" || type === "x" || type === "g") {
      pending.push(entry);
      continue;
    }
    const name = entryName(header);
    const atRoot = !name.includes("/");
    if (atRoot && isLockFileName(name)) {
      pending = [];
      continue;
    }
    kept.push(...pending, entry);
    pending = [];
    if (name === "PG_VERSION") postgresVersion = text(entry, BLOCK, BLOCK + size).trim();
    if (name === "global/pg_control") hasControlFile = true;
  }
  if (!ended && kept.length === 0) throw refuse("Filen er hverken et tar- eller et tar.gz-arkiv.");
  if (postgresVersion === undefined || !/^\d+$/.test(postgresVersion)) {
    throw refuse("Arkivet har ingen PG_VERSION i roden, så det er ikke en PostgreSQL-datamappe.");
  }
  if (!hasControlFile) throw refuse("Arkivet mangler global/pg_control.");
  const end = new Uint8Array(2 * BLOCK);
  return { tar: Buffer.concat([...kept, end]), postgresVersion };
}

/** The form `udsyn db dump` writes: gzip, as PGlite's own `dumpDataDir()` does. */
export function compressArchive(tar: Uint8Array): Uint8Array {
  return gzipSync(tar);
}

/** `name` (and the ustar `prefix`), without the leading `/` or `./` PGlite's writer may put there. */
function entryName(header: Uint8Array): string {
  const name = text(header, 0, 100);
  const prefix = text(header, 257, 262) === "ustar" ? text(header, 345, 500) : "";
  const full = prefix === "" ? name : `${prefix}/${name}`;
  return full.replace(/^(\.?\/)+/, "").replace(/\/$/, "");
}

function text(bytes: Uint8Array, from: number, to: number): string {
  const slice = bytes.subarray(from, to);
  const nul = slice.indexOf(0);
  return Buffer.from(nul === -1 ? slice : slice.subarray(0, nul)).toString("utf8");
}

/** The header checksum: the sum of its bytes with the checksum field read as spaces. */
function checksumMatches(header: Uint8Array): boolean {
  const stored = Number.parseInt(text(header, 148, 156).trim(), 8);
  if (Number.isNaN(stored)) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === stored;
}
