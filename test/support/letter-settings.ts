import { readFileSync } from "node:fs";
import { parse } from "yaml";
import {
  type LetterSettings,
  letterSettingsSchema,
} from "../../src/domain/letting/letter/letter-settings.ts";

/** The shipped letter settings (config/letter-settings.yaml), read once for tests. */
export const shippedLetterSettings: LetterSettings = letterSettingsSchema.parse(
  parse(readFileSync(new URL("../../config/letter-settings.yaml", import.meta.url), "utf8")),
);

/**
 * What must never reach a citizen: rule-version and department ids (kebab-case ending in a
 * number; English has hyphenated words, so area ids are checked by the tests that know them), codes with underscores, dotted parameter ids, pseudonyms, choice codes and
 * the system's own name. Each match is returned so a failing test shows the leak.
 */
const internalPatterns: readonly RegExp[] = [
  /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+\b/g,
  /\b[a-z]+_[a-z_]+\b/g,
  /\b(?:kombineret_udlejning|kobenhavn|omraader|lister|register)\.[a-z_.]+/g,
  /\bP-\d+\b/g,
  /\((?:both|either)\)/g,
  /\budsyns?\b/gi,
  /\bregelversion\b/gi,
  /\bundefined\b|\bnull\b|\bNaN\b|\[object/g,
];

export function internalIdentifiers(text: string): string[] {
  return internalPatterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}
