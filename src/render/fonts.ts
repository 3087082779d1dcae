import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The Roboto fonts bundled with pdfmake (`pdfmake/fonts/Roboto`): the one typeface every rendered
 * document uses, read from disk so a report looks the same on every machine (no system fonts).
 */
export const robotoDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");

export const roboto = {
  normal: join(robotoDir, "Roboto-Regular.ttf"),
  bold: join(robotoDir, "Roboto-Medium.ttf"),
  italics: join(robotoDir, "Roboto-Italic.ttf"),
  bolditalics: join(robotoDir, "Roboto-MediumItalic.ttf"),
} as const;
