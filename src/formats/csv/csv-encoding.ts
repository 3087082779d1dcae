/**
 * The text of an uploaded file, whatever Excel saved it as. Danish Excel's "CSV (semikolon-
 * separeret)" is Windows-1252 (Latin-1 for the Danish letters), its "CSV UTF-8" is UTF-8 with
 * a byte-order mark. Bytes that are valid UTF-8 are UTF-8; anything else is read as Latin-1,
 * which cannot fail, and the caller is told which, so a wrong guess is visible.
 */
export type TextEncodingName = "utf-8" | "latin-1";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // The WHATWG "latin1" label is Windows-1252: Latin-1 plus the printable 0x80-0x9f range.
    return { text: new TextDecoder("latin1").decode(bytes), encoding: "latin-1" };
  }
}

/**
 * Text that was decoded as UTF-8 although it was not (e.g. a Latin-1 file read as a UTF-8
 * string before it reached us) carries U+FFFD where the Danish letters were: refuse it rather
 * than import "K\uFFFDbenhavn".
 */
export function hasReplacementCharacter(text: string): boolean {
  return text.includes("\uFFFD");
}
