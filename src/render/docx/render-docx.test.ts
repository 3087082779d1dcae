import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { demoData } from "../../demo/report-2010/index.ts";
import { buildCommitteeReport } from "../../domain/policy/report/build-committee-report.ts";
import { renderDocx } from "./render-docx.ts";

const buffer = await renderDocx(buildCommitteeReport(demoData, { committee: "SUD", year: 2010 }));
const zip = await JSZip.loadAsync(buffer);
const documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
const stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";

function styleCount(style: string): number {
  return documentXml.split(`<w:pStyle w:val="${style}"/>`).length - 1;
}

describe("renderDocx", () => {
  it("is a Word package", () => {
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    expect(zip.file("word/styles.xml")).not.toBeNull();
  });

  it("uses real Word headings: Title, Heading 1 per section, Heading 2 per goal and initiative", () => {
    expect(styleCount("Title")).toBe(1);
    expect(styleCount("Heading1")).toBe(4);
    expect(styleCount("Heading2")).toBe(3 + 18);
  });

  it("holds real tables: the letterhead, 18 schemas, 2 overview tables, the evaluation table and the indicator and figure tables", () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(1 + 18 + 2 + 1 + 3 + 3);
    expect(documentXml.includes("<w:tblHeader/>")).toBe(true);
  });

  it("writes Danish text with computed totals", () => {
    for (const text of [
      "85,35",
      "281,15",
      "15,20",
      "Væresteder for unge over 18 år (ny)",
      "Mål i 2009/2010",
    ]) {
      expect(documentXml.includes(`>${text}<`), text).toBe(true);
    }
    expect(stylesXml.includes('w:lang w:val="da-DK"')).toBe(true);
  });
});

describe("a DOCX a secretary files unchanged", () => {
  it("has a footer on every page with the page number and the page count as Word fields", async () => {
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    const footerXml = (await zip.file(footers[0] ?? "")?.async("string")) ?? "";
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footerXml).toContain("Socialudvalget");
    // The section points at the footer, or Word would not show it.
    expect(documentXml).toMatch(/<w:footerReference w:type="default"/);
  });

  it("starts with the sender block from the round's header: administration, committee, case number", () => {
    const start = documentXml.slice(0, documentXml.indexOf('w:val="Title"'));
    for (const text of [
      "Socialforvaltningen",
      "Socialudvalget",
      "2010-38835",
      "Til Beskæftigelses- og Integrationsforvaltningen",
    ]) {
      expect(start.includes(text), text).toBe(true);
    }
  });

  it("embeds each chart as a PNG image with its title as alt text", async () => {
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media.length).toBe((documentXml.match(/<pic:pic/g) ?? []).length);
    expect(media.length).toBeGreaterThanOrEqual(2);
    for (const name of media) {
      const png = (await zip.file(name)?.async("nodebuffer")) ?? Buffer.alloc(0);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      // IHDR: a real picture, not an empty canvas.
      expect(png.readUInt32BE(16)).toBeGreaterThan(200);
      expect(png.readUInt32BE(20)).toBeGreaterThan(100);
    }
    expect(documentXml).toMatch(/<wp:docPr [^>]*title="[^"]+"/);
  });
});
