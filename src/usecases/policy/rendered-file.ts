import type { RoundRecord } from "./round-lookup.ts";

/** A file a use case produces for download or for the command line to write. */
export interface RenderedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export const CONTENT_TYPES = {
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

/** `redegoerelse-sud-2010-v1`: every file of a round names committee, year and version, in ASCII. */
export function fileBaseName(round: Pick<RoundRecord, "committeeCode" | "year" | "version">): string {
  return `redegoerelse-${round.committeeCode.toLowerCase()}-${round.year}-v${round.version}`;
}
