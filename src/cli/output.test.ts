import { afterEach, describe, expect, it, vi } from "vitest";
import { PLAIN_TABLE_ROWS, printTable } from "./output.ts";

function printed(head: string[], rows: string[][]): string {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  printTable(head, rows);
  return out;
}

describe("printTable", () => {
  afterEach(() => vi.restoreAllMocks());

  it("boxes a short table", () => {
    const out = printed(["Område", "På listen"], [["Akacieparken", "ja"]]);
    expect(out).toMatch(/Akacieparken\s+│ ja/);
  });

  it("prints a long table as plain columns aligned on the widest cell, every row once", () => {
    const rows = Array.from({ length: PLAIN_TABLE_ROWS + 1 }, (_, i) => [
      `Område ${i}`,
      i % 2 ? "ja" : "nej",
    ]);
    const lines = printed(["Område", "På listen"], rows).trimEnd().split("\n");
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[0]).toBe("Område      På listen");
    expect(lines[1]).toBe("----------  ---------");
    expect(lines[2]).toBe("Område 0    nej");
    expect(lines.at(-1)).toBe(`Område ${PLAIN_TABLE_ROWS}  ${PLAIN_TABLE_ROWS % 2 ? "ja" : "nej"}`);
    expect(lines.join("\n")).not.toContain("│");
  });
});
