import { describe, expect, it } from "vitest";
import { testLine, testRound, withTable } from "../../../../../test/support/test-round.ts";
import { footnoteReferenceRule, fundingSourcesRule } from "./budget-footnote-rules.ts";

describe("budget.footnote_reference", () => {
  it("fires on a marker without a footnote and on a footnote nobody refers to", () => {
    const round = withTable({ lines: [{ ...testLine, footnoteMarkers: ["*"] }] }, [
      { marker: "**", text: "Ubrugt" },
    ]);
    expect(footnoteReferenceRule.check(round).map((h) => h.message)).toEqual([
      "Indsats X: fodnotemarkør * har ingen fodnote.",
      "Fodnote ** henvises der ikke til.",
    ]);
  });

  it("is silent when markers and footnotes match", () => {
    expect(footnoteReferenceRule.check(testRound)).toEqual([]);
    const round = withTable({ lines: [{ ...testLine, footnoteMarkers: ["*"] }] }, [
      { marker: "*", text: "Forklaring" },
    ]);
    expect(footnoteReferenceRule.check(round)).toEqual([]);
  });
});

describe("budget.funding_sources", () => {
  it("fires when shares do not make 100 % and when amounts do not make the line", () => {
    const round = withTable({
      lines: [
        {
          ...testLine,
          fundingSources: [
            { kind: "share", funder: "A", share: 0.75, statedText: "75 %" },
            { kind: "share", funder: "B", share: 0.2, statedText: "20 %" },
            { kind: "amount", funder: "C", amount: 1_000_000, statedText: "1 mio." },
          ],
        },
      ],
    });
    const messages = fundingSourcesRule.check(round).map((h) => h.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("95 %");
    expect(messages[1]).toContain("1,00 mio. kr.");
  });

  it("is silent when they add up", () => {
    const round = withTable({
      lines: [
        {
          ...testLine,
          fundingSources: [
            { kind: "share", funder: "A", share: 0.75, statedText: "75 %" },
            { kind: "share", funder: "B", share: 0.25, statedText: "25 %" },
            { kind: "amount", funder: "C", amount: 1_000_000, statedText: "1 mio." },
            { kind: "amount", funder: "D", amount: 2_000_000, statedText: "2 mio." },
          ],
        },
      ],
    });
    expect(fundingSourcesRule.check(round)).toEqual([]);
    expect(fundingSourcesRule.check(testRound)).toEqual([]);
  });
});
