import type { RegisterFile } from "../../src/formats/register/register-csv.ts";

/** A batch's files by name (as synthesiseRegister gives them) as the register import takes them in memory. */
export const asFiles = (files: Readonly<Record<string, string | Uint8Array>>): RegisterFile[] =>
  Object.entries(files).map(([fileName, content]) => ({ fileName, content }));
