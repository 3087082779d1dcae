import { describe, expect, it } from "vitest";
import { demoData } from "../../demo/report-2010/index.ts";
import { buildCommitteeReport } from "../../domain/policy/report/build-committee-report.ts";
import { renderHtml } from "./render-html.ts";

const html = await renderHtml(buildCommitteeReport(demoData, { committee: "SUD", year: 2010 }));

describe("renderHtml", () => {
  it("is a complete Danish document", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>Bilag 1\. Socialudvalgets redegørelse/);
    expect(html).toContain("<main>");
  });

  it("has one h1 and headings that never skip a level", () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    expect(levels.filter((l) => l === 2)).toHaveLength(4);
    expect(levels.filter((l) => l === 3)).toHaveLength(3 + 18);
  });

  it("gives every table a caption and every header cell a scope", () => {
    const tables = html.match(/<table[\s>]/g) ?? [];
    expect(tables.length).toBe(18 + 2 + 1 + 3 + 3);
    expect(html.match(/<caption[\s>]/g)).toHaveLength(tables.length);
    const headers = html.match(/<th[\s>][^>]*>?/g) ?? [];
    expect(headers.length).toBeGreaterThan(150);
    for (const th of headers) expect(th).toMatch(/scope="(col|row|colgroup)"/);
  });

  it("shows computed totals and footnotes", () => {
    expect(html).toContain("85,35");
    expect(html).toContain("281,15");
    expect(html).toContain("15,20");
    expect(html).toContain("1,37 mill. kr. fra Beskæftigelses- og Integrationsforvaltningen");
  });

  it("inlines each chart as an SVG image with a text alternative and its numbers as a table", () => {
    const figures = html.match(/<figure class="chart"/g) ?? [];
    expect(figures).toHaveLength(3);
    expect(html.match(/<svg[^>]*role="img"[^>]*aria-labelledby=/g)).toHaveLength(3);
    expect(html.match(/<summary>Tal bag figuren<\/summary>/g)).toHaveLength(3);
  });

  it("escapes text", () => {
    expect(html).not.toMatch(/<p>[^<]*[<>][^/]*<\/p>/);
    expect(html).toContain("Mål: Der må ikke komme nye udsatte boligområder");
  });
});
