import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { DomainError } from "../domain/errors.ts";
import { type LetterSettings, letterSettingsSchema } from "../domain/letting/letter/letter-settings.ts";
import { inEveryLanguage, issueTexts } from "../domain/validation-messages.ts";

/**
 * Reads the municipality's letter settings (sender, signature, complaint guidance). A broken file
 * is refused naming the file and every key that is wrong, like the parameter loader.
 */
export async function loadLetterSettings(file: string): Promise<LetterSettings> {
  const parsed = letterSettingsSchema.safeParse(parse(await readFile(file, "utf8")), {
    error: inEveryLanguage,
  });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    source: file,
    field: i.path.join("."),
    ...issueTexts(i.message),
  }));
  throw new DomainError(
    "invalid_input",
    { da: `Brevindstillingerne i ${file} er ugyldige`, en: `The letter settings in ${file} are not valid` },
    issues,
  );
}
