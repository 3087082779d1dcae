import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pdfmake from "pdfmake";

const require = createRequire(import.meta.url);

/** The Roboto fonts bundled with pdfmake (`pdfmake/fonts/Roboto`), loaded from disk in Node. */
const fontDir = join(dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");

let configured = false;

/**
 * pdfmake is a module-level singleton: set its fonts once, and allow it to read nothing but
 * those font files and to fetch no URL (a report must never reach the network).
 */
export function pdfmakeWithFonts(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts({
      Roboto: {
        normal: join(fontDir, "Roboto-Regular.ttf"),
        bold: join(fontDir, "Roboto-Medium.ttf"),
        italics: join(fontDir, "Roboto-Italic.ttf"),
        bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
    configured = true;
  }
  return pdfmake;
}
