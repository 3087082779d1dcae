import { type Parameter, type ParameterSet, parameterSet } from "../domain/law/parameter.ts";
import { ParameterFileError } from "./parameter-file-error.ts";
import { parseParameterFile } from "./parse-parameter-file.ts";

export interface ParameterFileText {
  /** Path relative to the rules folder, e.g. `omraader/mindste_antal_beboere.yaml`. */
  readonly fileName: string;
  readonly text: string;
}

/** Parses a whole rules folder's files into one set; an id may appear in one file only. */
export function parseParameterFiles(files: readonly ParameterFileText[]): ParameterSet {
  const parameters: Parameter[] = [];
  const seen = new Map<string, string>();
  for (const { fileName, text } of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const parameter = parseParameterFile(text, fileName);
    const other = seen.get(parameter.id);
    if (other !== undefined) {
      throw new ParameterFileError(
        "duplicate_id",
        fileName,
        "id",
        `id '${parameter.id}' findes også i ${other}`,
      );
    }
    seen.set(parameter.id, fileName);
    parameters.push(parameter);
  }
  return parameterSet(parameters);
}
