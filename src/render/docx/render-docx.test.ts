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

  it("holds real tables: 18 schemas, 2 overview tables, the evaluation table and the indicator and figure tables", () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(18 + 2 + 1 + 3 + 3);
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
