import type { RichText, RichTextBlock } from "./rich-text.ts";

const markers = { bullet: "• ", dash: "– " } as const;

/** Rich text as one editable text (an XLSX cell, a textarea): blocks apart by a blank line, list items as `• ` / `– ` lines. */
export function richTextToText(text: RichText): string {
  return text
    .map((block) =>
      block.kind === "paragraph"
        ? block.text
        : block.items.map((item) => `${markers[block.marker]}${item}`).join("\n"),
    )
    .join("\n\n");
}

function blockOf(lines: readonly string[]): RichTextBlock {
  for (const marker of ["bullet", "dash"] as const) {
    if (lines.every((l) => l.startsWith(markers[marker]))) {
      return { kind: "list", marker, items: lines.map((l) => l.slice(markers[marker].length)) };
    }
  }
  // A paragraph typed with line breaks (Alt+Enter) is still one paragraph.
  return { kind: "paragraph", text: lines.join(" ") };
}

export function richTextFromText(cell: string): RichText {
  return cell
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== ""),
    )
    .filter((lines) => lines.length > 0)
    .map(blockOf);
}
