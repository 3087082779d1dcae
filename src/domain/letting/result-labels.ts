/**
 * Danish names of the letting decisions' result codes, as a letter or a table writes them.
 * A label, like the benefit labels: the command line, the replay summary and the web show the
 * same word. An unknown code is shown as itself.
 */
export const resultNames: Readonly<Record<string, string>> = {
  approved: "godkendt",
  rejected: "afvist",
  not_applicable: "ikke omfattet",
  granted: "bevilget",
  refused: "afslået",
};

export function resultName(code: string): string {
  return resultNames[code] ?? code;
}
