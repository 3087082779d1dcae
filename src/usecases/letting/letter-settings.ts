import { resolve } from "node:path";
import type { LetterSettings } from "../../domain/letting/letter/letter-settings.ts";
import { loadLetterSettings } from "../../rules/load-letter-settings.ts";

/** The shipped settings: `config/letter-settings.yaml` (demo values, marked in the file). */
export const LETTER_SETTINGS_FILE = resolve(import.meta.dirname, "../../../config/letter-settings.yaml");

const loaded = new Map<string, Promise<LetterSettings>>();

/** Loaded once per process (a broken file fails the first letter, naming the key). */
export function letterSettings(
  file: string = process.env.UDSYN_LETTER_SETTINGS ?? LETTER_SETTINGS_FILE,
): Promise<LetterSettings> {
  let settings = loaded.get(file);
  if (settings === undefined) {
    settings = loadLetterSettings(file);
    loaded.set(file, settings);
    settings.catch(() => loaded.delete(file));
  }
  return settings;
}
