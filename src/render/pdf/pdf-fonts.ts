import pdfmake from "pdfmake";
import { roboto, robotoDir } from "../fonts.ts";

let configured = false;

/**
 * pdfmake is a module-level singleton: set its fonts once, and allow it to read nothing but
 * those font files and to fetch no URL (a report must never reach the network).
 */
export function pdfmakeWithFonts(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts({ Roboto: roboto });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(robotoDir));
    configured = true;
  }
  return pdfmake;
}
