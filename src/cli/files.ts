import { readFileSync } from "node:fs";
import { DomainError } from "../domain/errors.ts";

/** A file named on the command line, or a refusal naming it (exit code 1, not a stack trace). */
export function readTextFile(path: string): { fileName: string; content: string } {
  try {
    return { fileName: path, content: readFileSync(path, "utf8") };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "filen findes ikke" : (error as Error).message;
    throw new DomainError("invalid_input", `${path}: ${reason}`, [{ source: path, message: reason }]);
  }
}

export function readJsonFile(path: string): unknown {
  const { content } = readTextFile(path);
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new DomainError("invalid_input", `${path}: ikke gyldig JSON`, [
      { source: path, message: (error as Error).message },
    ]);
  }
}
