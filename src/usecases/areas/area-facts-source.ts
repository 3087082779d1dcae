import type { Kysely } from "kysely";
import {
  loadAreaFacts,
  loadAreaFactsWithOrigins,
  loadPublishedLists,
  loadReferenceFacts,
} from "../../db/areas.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { AreaFactsSource } from "../../domain/areas/area-facts-source.ts";
import { noReferenceFacts } from "../../domain/areas/department-year-facts.ts";
import type { ListKind } from "../../domain/areas/rule-version.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "../../formats/csv/area-facts-csv.ts";
import { cachedForFactsVersion } from "./facts-cache.ts";

export type { AreaFactsSource };

/** A file given by a user: its name (for error messages) and its text. */
export interface UploadedFile {
  readonly fileName: string;
  readonly content: string;
}

/** Area facts given as files instead of the database (the CLI's --input/--reference). */
export interface AreaFactsFiles {
  readonly facts: UploadedFile;
  readonly reference?: UploadedFile | undefined;
}

/**
 * The facts a classification runs on, from the database, with the published lists of `listKind`;
 * with `years`, only the facts of those years (the window a classification reads), and all of
 * them when the window has none of its last year, so that the refusal can name the years there are.
 */
export function factsFromDatabase(
  db: Kysely<Database>,
  listKind: ListKind,
  years?: { readonly from: number; readonly to: number },
): Promise<AreaFactsSource> {
  // Read once per facts version (facts-cache.ts): every decision that looks up a designation and
  // every view of a list reads the same rows until the next import.
  const window = years === undefined ? "all" : `${years.from}-${years.to}`;
  return cachedForFactsVersion(db, `facts ${listKind} ${window}`, () => readFacts(db, listKind, years));
}

async function readFacts(
  db: Kysely<Database>,
  listKind: ListKind,
  years?: { readonly from: number; readonly to: number },
): Promise<AreaFactsSource> {
  // The window's facts with where each row came from (for the window only: outside it the
  // classification refuses), and all facts when the window lacks its last year.
  const windowed = years === undefined ? undefined : await loadAreaFactsWithOrigins(db, years);
  const inWindow = windowed?.facts.some((f) => f.year === years?.to) === true;
  const facts = inWindow && windowed !== undefined ? windowed.facts : await loadAreaFacts(db);
  const [reference, published] = await Promise.all([
    loadReferenceFacts(db),
    loadPublishedLists(db, listKind),
  ]);
  return { facts, reference, published, origins: inWindow ? (windowed?.origins ?? []) : [] };
}

/** Reads a facts CSV (and optionally a reference CSV); every problem is reported, nothing is half-read. */
export function factsFromFiles(files: AreaFactsFiles): AreaFactsSource {
  const facts = parseAreaFactsCsv(files.facts.content, files.facts.fileName);
  return {
    facts,
    origins: facts.map((f) => ({
      year: f.year,
      areaId: f.area_id,
      departmentId: f.department_id,
      origin: { kind: "file" as const, fileName: files.facts.fileName },
    })),
    reference: files.reference
      ? parseReferenceFactsCsv(files.reference.content, files.reference.fileName)
      : noReferenceFacts,
    published: [],
  };
}

/** Facts from the files when given, else from the database. */
export function factsFrom(
  db: () => Kysely<Database>,
  listKind: ListKind,
  files: AreaFactsFiles | undefined,
  years?: { readonly from: number; readonly to: number },
): Promise<AreaFactsSource> {
  return files === undefined
    ? factsFromDatabase(db(), listKind, years)
    : Promise.resolve(factsFromFiles(files));
}
