import { AlignmentType, ImageRun, Paragraph, TextRun } from "docx";
import type { ChartPng } from "../charts/chart-png.ts";

/** The widest a figure may be on an A4 page with Word's default margins, in CSS pixels. */
const MAX_WIDTH = 600;

/**
 * A chart as an image in Word, with its title and description as alt text (what a screen reader
 * reads), then its caption. The figure's numbers follow it as a table, for readers who cannot see it.
 */
export function chartParagraphs(
  chart: { readonly id: string; readonly title: string; readonly description: string },
  image: ChartPng,
): Paragraph[] {
  const scale = Math.min(1, MAX_WIDTH / image.width);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: image.png,
          transformation: {
            width: Math.round(image.width * scale),
            height: Math.round(image.height * scale),
          },
          altText: { name: chart.id, title: chart.title, description: chart.description },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { after: 160 },
      children: [new TextRun({ text: `Figur: ${chart.title}`, italics: true, size: 18 })],
    }),
  ];
}
