import { DomainError } from "../domain/errors.ts";

/** A file or folder the command line was pointed at and could not read: a missing one is said in words. */
export function unreadable(path: string, error: unknown, kind: "file" | "folder" = "file"): DomainError {
  const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
  const reason = missing
    ? kind === "file"
      ? { da: "filen findes ikke", en: "the file does not exist" }
      : { da: "mappen findes ikke", en: "the folder does not exist" }
    : { da: (error as Error).message, en: (error as Error).message };
  return new DomainError("invalid_input", { da: `${path}: ${reason.da}`, en: `${path}: ${reason.en}` }, [
    { source: path, message: reason.da, en: reason.en },
  ]);
}
