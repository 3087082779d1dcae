import type { Content } from "pdfmake";
import { pdfmakeWithFonts } from "../pdf/pdf-fonts.ts";

type DocumentDefinition = Parameters<ReturnType<typeof pdfmakeWithFonts>["createPdf"]>[0];

/**
 * A decision letter as PDF. The letter's text is the decision's justification (the domain
 * writes it, `renderLetter`): blocks separated by a blank line, the first block the title and
 * its "Label: value" lines, each further block a heading and its lines, "- " marking a list
 * item. The PDF only lays that text out; it adds the sender, the reference and the date.
 */
export interface DecisionLetter {
  readonly text: string;
  /** E.g. "Afgørelse nr. 12". */
  readonly reference: string;
  /** The letter's date, Danish long form. */
  readonly date: string;
  readonly ruleVersion: string;
  readonly sender?: string;
}

function linesContent(lines: readonly string[]): Content[] {
  const content: Content[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) content.push({ ul: items, margin: [4, 0, 0, 6] });
    items = [];
  };
  for (const line of lines) {
    if (line.startsWith("- ")) {
      items.push(line.slice(2));
      continue;
    }
    flush();
    content.push({ text: line, margin: [0, 0, 0, 5] });
  }
  flush();
  return content;
}

export function letterContent(letter: DecisionLetter): Content[] {
  const blocks = letter.text
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.split("\n"));
  const [head = [], ...rest] = blocks;
  const [title = "", ...headerLines] = head;
  const header = headerLines.map((line): Content => {
    const colon = line.indexOf(": ");
    return colon < 0
      ? { text: line }
      : { text: [{ text: `${line.slice(0, colon)}: `, bold: true }, line.slice(colon + 2)] };
  });
  const sections = rest.flatMap((lines): Content[] => {
    if (lines.length === 1) return [{ text: lines[0] ?? "", margin: [0, 10, 0, 0] }];
    const [heading = "", ...body] = lines;
    return [{ text: heading, style: "h2", headlineLevel: 2 }, ...linesContent(body)];
  });
  return [
    {
      columns: [
        { text: letter.sender ?? "Københavns Kommune", bold: true, width: "*" },
        {
          width: 180,
          stack: [
            { text: letter.date, alignment: "right" },
            { text: letter.reference, alignment: "right", style: "meta" },
          ],
        },
      ],
      margin: [0, 0, 0, 16],
    },
    { text: title, style: "h1", headlineLevel: 1 },
    { stack: header, margin: [0, 0, 0, 6] },
    ...sections,
  ];
}

export async function renderLetterPdf(letter: DecisionLetter): Promise<Buffer> {
  const title = letter.text.trim().split("\n")[0] ?? letter.reference;
  const definition: DocumentDefinition = {
    pageSize: "A4",
    pageMargins: [64, 56, 64, 60],
    language: "da-DK",
    info: { title: `${title} (${letter.reference})`, author: letter.sender ?? "udsyn", creator: "udsyn" },
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      meta: { fontSize: 8.5, color: "#333333" },
    },
    pageBreakBefore: (node) => node.headlineLevel !== undefined && node.startPosition.verticalRatio > 0.9,
    footer: (current: number, total: number) => ({
      columns: [
        { text: `${letter.reference} · regelversion ${letter.ruleVersion}`, fontSize: 8, color: "#555555" },
        { text: `Side ${current} af ${total}`, alignment: "right", fontSize: 8, color: "#555555" },
      ],
      margin: [64, 20, 64, 0],
    }),
    content: letterContent(letter),
  };
  return pdfmakeWithFonts().createPdf(definition).getBuffer();
}
