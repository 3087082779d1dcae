import { z } from "zod";

/**
 * Text of a report field as the seed writes it: paragraphs and lists, nothing else.
 * Kept structured (not HTML) so HTML, DOCX, PDF and XLSX render the same content.
 */
export type RichTextBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly marker: "bullet" | "dash"; readonly items: readonly string[] };

export type RichText = readonly RichTextBlock[];

export const richTextBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paragraph"), text: z.string().min(1) }),
  z.object({
    kind: z.literal("list"),
    marker: z.enum(["bullet", "dash"]),
    items: z.array(z.string().min(1)).min(1),
  }),
]);

export const richTextSchema = z.array(richTextBlockSchema);

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
