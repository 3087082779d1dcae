import type { RichText } from "../../../src/domain/policy/goals/rich-text.ts";

/** A report field as the report writes it: paragraphs and bullet or dash lists. Report texts are Danish. */
export function RichTextView({ text, className }: { readonly text: RichText; readonly className?: string }) {
  return (
    <div className={className} lang="da">
      {text.map((block, index) =>
        block.kind === "paragraph" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
          <p key={index} className="mt-0">
            {block.text}
          </p>
        ) : (
          <ul
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
            key={index}
            className="mt-0"
            style={block.marker === "dash" ? { listStyleType: '"– "' } : undefined}
          >
            {block.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat
              <li key={i}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
