import type { SendableLetter } from "../../domain/letting/letter/compose-letter.ts";
import { renderLetterHtml } from "../letter/render-letter-html.ts";
import { renderLetterPdf } from "../letter/render-letter-pdf.ts";

export type LetterFormat = "pdf" | "html";

/** A letter in the format asked for: the PDF to print and send, or the accessible HTML. */
export async function renderDecisionLetter(
  letter: SendableLetter,
  format: LetterFormat,
): Promise<{ body: Buffer; contentType: string; extension: string }> {
  return format === "pdf"
    ? { body: await renderLetterPdf(letter), contentType: "application/pdf", extension: "pdf" }
    : {
        body: Buffer.from(renderLetterHtml(letter), "utf8"),
        contentType: "text/html; charset=utf-8",
        extension: "html",
      };
}
