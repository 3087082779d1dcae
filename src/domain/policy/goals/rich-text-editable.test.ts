import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RichText } from "./rich-text.ts";
import { richTextFromText, richTextToText } from "./rich-text-editable.ts";

describe("rich text in a cell", () => {
  it("writes paragraphs apart by a blank line and list items as marked lines", () => {
    const text: RichText = [
      { kind: "paragraph", text: "Rådgivningsenheden tilbyder:" },
      { kind: "list", marker: "dash", items: ["Socialfaglig rådgivning", "Juridisk rådgivning"] },
      { kind: "list", marker: "bullet", items: ["Voldparken"] },
    ];
    expect(richTextToText(text)).toBe(
      "Rådgivningsenheden tilbyder:\n\n– Socialfaglig rådgivning\n– Juridisk rådgivning\n\n• Voldparken",
    );
    expect(richTextFromText(richTextToText(text))).toEqual(text);
  });

  it("reads a paragraph typed with line breaks as one paragraph", () => {
    expect(richTextFromText("Første linje\r\nanden linje")).toEqual([
      { kind: "paragraph", text: "Første linje anden linje" },
    ]);
  });

  it("round-trips any rich text without line breaks or markers in its words", () => {
    const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9,.%()]{1,12}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const block = fc.oneof(
      line.map((text) => ({ kind: "paragraph" as const, text })),
      fc
        .record({
          marker: fc.constantFrom("bullet" as const, "dash" as const),
          items: fc.array(line, { minLength: 1, maxLength: 4 }),
        })
        .map((l) => ({ kind: "list" as const, ...l })),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (text) => {
        expect(richTextFromText(richTextToText(text))).toEqual(text);
      }),
    );
  });
});
