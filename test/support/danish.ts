/**
 * Danish in a text meant for an English reader: Danish letters, or small words English never uses.
 * Names (parameter ids, file names, choice values like `samlet`) are written without either.
 */
const DANISH =
  /[æøåÆØÅ]|\b(og|ikke|skal|eller|af|på|til|være|mindst|højst|der|som|har|kan|ingen|findes|mangler|beboere|afdeling|afdelingerne|gælder|måned|måneder|ja|nej|fra|ophævet|kr|fejl|ugyldig|ugyldigt|felt|rækker|indlæst|mio)\b/i;

/** The first Danish letter or word in `text`, or undefined when there is none. */
export function danishIn(text: string): string | undefined {
  return DANISH.exec(text)?.[0];
}
