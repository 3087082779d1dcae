import { z } from "zod";

/**
 * Text of a report field as the seed writes it: paragraphs and lists, nothing else.
 * Kept structured (not HTML) so HTML, DOCX, PDF and XLSX render the same content.
 */
export const richTextBlockSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("paragraph"), text: z.string().min(1) }),
    z.object({
      kind: z.literal("list"),
      marker: z.enum(["bullet", "dash"]),
      items: z.array(z.string().min(1)).min(1).readonly(),
    }),
  ])
  .readonly();
export type RichTextBlock = z.infer<typeof richTextBlockSchema>;

export const richTextSchema = z.array(richTextBlockSchema).readonly();
export type RichText = z.infer<typeof richTextSchema>;

export function paragraph(text: string): RichTextBlock {
  return { kind: "paragraph", text };
}

export function bulletList(...items: string[]): RichTextBlock {
  return { kind: "list", marker: "bullet", items };
}

export function dashList(...items: string[]): RichTextBlock {
  return { kind: "list", marker: "dash", items };
}

/** One line of plain text: paragraphs and list items joined by a space (for search and checks). */
export function richTextToPlain(text: RichText): string {
  return text.map((block) => (block.kind === "paragraph" ? block.text : block.items.join(" "))).join(" ");
}
