import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { decideCombinedLetting } from "../../domain/letting/decide-combined-letting.ts";
import { letterContent, renderLetterPdf } from "./render-letter-pdf.ts";

const decision = decideCombinedLetting(
  application({ household: { applicant: { pseudonym: "P-0001", benefitMonths: months("2009-10", 6) } } }),
  shippedRules,
  designated,
);
const letter = {
  text: decision.justification.text,
  reference: "Afgørelse nr. 7",
  date: "16. marts 2010",
  ruleVersion: decision.ruleVersion.id,
};

describe("renderLetterPdf", () => {
  it("lays the justification out as a letter: sender, date, reference, title, headings, list items", () => {
    const content = JSON.stringify(letterContent(letter));
    expect(content).toContain("Københavns Kommune");
    expect(content).toContain('"text":"Afgørelse om kombineret udlejning","style":"h1"');
    expect(content).toContain('"text":"Begrundelse","style":"h2"');
    // "- " lines become list items without the dash.
    expect(content).toContain('"ul":["Ansøgningsdato: 15. marts 2010."');
  });

  it("is a PDF whose text is the whole letter, in Danish", async () => {
    const buffer = await renderLetterPdf(letter);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const file = join(mkdtempSync(join(tmpdir(), "udsyn-letter-")), "brev.pdf");
    writeFileSync(file, buffer);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Afgørelse om kombineret udlejning \(Afgørelse nr\. 7\)/);
    for (const expected of [
      "Afgørelse nr. 7",
      "16. marts 2010",
      "Kommunen afviser, at du kan få anvist boligen",
      "Oplysninger, vi har lagt vægt på",
      "Regelversion: combined-letting-decision-2005",
      "Side 1 af",
    ]) {
      expect(text).toContain(expected);
    }
  });
});
