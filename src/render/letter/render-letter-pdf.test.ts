import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { internalIdentifiers, shippedLetterSettings } from "../../../test/support/letter-settings.ts";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { decideCombinedLetting } from "../../domain/letting/decide-combined-letting.ts";
import { composeLetter } from "../../domain/letting/letter/compose-letter.ts";
import { renderLetterHtml } from "./render-letter-html.ts";
import { renderLetterPdf } from "./render-letter-pdf.ts";

const decision = decideCombinedLetting(
  application({ household: { applicant: { pseudonym: "P-0001", benefitMonths: months("2009-10", 6) } } }),
  shippedRules,
  { ...designated, areaName: "Akacieparken" },
);
const letterIn = (language: "da" | "en") =>
  composeLetter(
    { kind: "combined_letting", decision },
    {
      language,
      recipient: { name: "Karen Hansen", address: ["Møllegade 3, 2. th.", "2200 København N"] },
      date: "2010-03-16",
      decisionId: 7,
      journalNumber: "27.39.00-G01-7-10",
      hearing: { sentOn: "2010-03-01", answerBy: "2010-03-15" },
      areaName: () => "Akacieparken",
    },
    shippedLetterSettings,
  );

function pdfText(buffer: Buffer): { text: string; info: string } {
  const file = join(mkdtempSync(join(tmpdir(), "udsyn-letter-")), "brev.pdf");
  writeFileSync(file, buffer);
  return {
    text: execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
  };
}

describe("the decision letter as PDF and as accessible HTML", () => {
  it("the PDF has every element a sendable letter needs and no internal identifier", async () => {
    const { text, info } = pdfText(await renderLetterPdf(letterIn("da")));
    expect(info).toMatch(/Title:\s+Afgørelse om kombineret udlejning/);
    expect(info).toMatch(/Tagged:\s+yes/);
    for (const expected of [
      "Københavns Kommune",
      "Socialforvaltningen, Boligsocialt Center",
      "Karen Hansen",
      "2200 København N",
      "Dato: 16. marts 2010",
      "Journalnr.: 27.39.00-G01-7-10",
      "Afgørelse nr. 7",
      "Kommunen afviser, at du kan få anvist boligen",
      "Begrundelse",
      "Oplysninger, vi har lagt vægt på",
      "almenboligloven) § 51 b, stk. 1 og 2",
      "Partshøring",
      "Klagevejledning",
      "Folketingets Ombudsmand",
      "Med venlig hilsen",
      "Side 1 af",
    ]) {
      expect(text.replace(/\s+/g, " ")).toContain(expected);
    }
    expect(internalIdentifiers(text)).toEqual([]);
  });

  it("in English when the citizen asks for English", async () => {
    const { text, info } = pdfText(await renderLetterPdf(letterIn("en")));
    expect(info).toMatch(/Title:\s+Decision on combined letting/);
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      "Date: 16 March 2010",
      "Decision no. 7",
      "How to complain",
      "Consultation",
      "Page 1 of",
    ])
      expect(flat).toContain(expected);
    expect(internalIdentifiers(text)).toEqual([]);
  });

  it("the HTML letter has a language, a title, one h1 and a heading per section", () => {
    const html = renderLetterHtml(letterIn("da"));
    expect(html).toContain('<html lang="da">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain("<h2>Klagevejledning</h2>");
    expect(html).toContain("<address");
    expect(internalIdentifiers(html.replace(/<[^>]+>/g, " "))).toEqual([]);
  });
});
