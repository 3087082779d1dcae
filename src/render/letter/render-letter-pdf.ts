import type { Content } from "pdfmake";
import type { SendableLetter } from "../../domain/letting/letter/compose-letter.ts";
import { letterWords } from "../../domain/letting/letter/letter-texts.ts";
import { pdfmakeWithFonts } from "../pdf/pdf-fonts.ts";

type DocumentDefinition = Parameters<ReturnType<typeof pdfmakeWithFonts>["createPdf"]>[0];

/**
 * A decision letter as PDF: sender and recipient blocks, date and references, the title, one
 * heading per section, the signature. pdfmake marks the document as tagged with its language
 * and displays its title, but writes no structure tree for the content (it has no API for one),
 * so the PDF is not PDF/UA: the accessible version is the HTML letter (render-letter-html.ts).
 */
export function letterContent(letter: SendableLetter): Content[] {
  const sections = letter.sections.flatMap((s): Content[] => [
    { text: s.heading, style: "h2", headlineLevel: 2 },
    ...s.paragraphs.map((p): Content => ({ text: p, margin: [0, 0, 0, 5] })),
    ...(s.items && s.items.length > 0 ? [{ ul: [...s.items], margin: [4, 0, 0, 6] } as Content] : []),
  ]);
  return [
    {
      columns: [
        { stack: letter.recipient.map((l) => ({ text: l })), width: "*", margin: [0, 40, 0, 0] },
        { stack: letter.sender.map((l, i) => ({ text: l, bold: i === 0, style: "meta" })), width: 190 },
      ],
      margin: [0, 0, 0, 18],
    },
    {
      columns: [
        { text: "", width: "*" },
        {
          width: 190,
          stack: letter.meta.map((m) => ({
            text: [{ text: `${m.label}: `, bold: true }, m.value],
            style: "meta",
          })),
        },
      ],
      margin: [0, 0, 0, 14],
    },
    { text: letter.title, style: "h1", headlineLevel: 1 },
    ...sections,
    {
      stack: letter.closing.map((l, i) => ({ text: l, margin: [0, i === 1 ? 18 : 0, 0, 0] })),
      margin: [0, 14, 0, 0],
    },
  ];
}

export async function renderLetterPdf(letter: SendableLetter): Promise<Buffer> {
  const w = letterWords[letter.language];
  const definition: DocumentDefinition = {
    pageSize: "A4",
    pageMargins: [64, 56, 64, 60],
    language: letter.language === "da" ? "da-DK" : "en-GB",
    version: "1.7",
    tagged: true,
    displayTitle: true,
    info: { title: letter.title, author: letter.sender[0] ?? "", subject: letter.footer, creator: "udsyn" },
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      meta: { fontSize: 8.5 },
    },
    pageBreakBefore: (node) => node.headlineLevel !== undefined && node.startPosition.verticalRatio > 0.9,
    footer: (current: number, total: number) => ({
      columns: [
        { text: letter.footer, fontSize: 8, color: "#444444" },
        { text: w.page(current, total), alignment: "right", fontSize: 8, color: "#444444" },
      ],
      margin: [64, 20, 64, 0],
    }),
    content: letterContent(letter),
  };
  return pdfmakeWithFonts().createPdf(definition).getBuffer();
}
