import type { SendableLetter } from "../../domain/letting/letter/compose-letter.ts";
import { escapeXml } from "../escape.ts";

/**
 * The accessible version of a decision letter: one standalone HTML document with its language,
 * a title, the sender and recipient as addresses, the references as a description list, one
 * heading per section and real lists. Screen readers and reading tools read it in order; it is
 * what a citizen who needs an accessible letter gets beside the PDF (which is not PDF/UA).
 */
export function renderLetterHtml(letter: SendableLetter): string {
  const lines = (items: readonly string[]) => items.map(escapeXml).join("<br>\n");
  const sections = letter.sections
    .map(
      (s) =>
        `<section>\n<h2>${escapeXml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}${
          s.items && s.items.length > 0
            ? `\n<ul>\n${s.items.map((i) => `<li>${escapeXml(i)}</li>`).join("\n")}\n</ul>`
            : ""
        }\n</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${letter.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(letter.title)} – ${escapeXml(letter.footer)}</title>
<style>
body{font-family:system-ui,sans-serif;font-size:1.05rem;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem}
address{font-style:normal}
dl{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem}dt{font-weight:600}dd{margin:0}
h1{font-size:1.5rem;margin-top:2rem}h2{font-size:1.15rem;margin-top:1.5rem}
</style>
</head>
<body>
<header>
<address aria-label="${letter.language === "da" ? "Modtager" : "Recipient"}">${lines(letter.recipient)}</address>
<address aria-label="${letter.language === "da" ? "Afsender" : "Sender"}">${lines(letter.sender)}</address>
</header>
<dl>
${letter.meta.map((m) => `<dt>${escapeXml(m.label)}</dt><dd>${escapeXml(m.value)}</dd>`).join("\n")}
</dl>
<main>
<h1>${escapeXml(letter.title)}</h1>
${sections}
<p>${lines(letter.closing)}</p>
</main>
</body>
</html>
`;
}
