import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanBatch } from "./register-source.ts";

const text = fc.array(fc.constantFrom("a", ",", ";", "\n", "æ", "ø", "å", "Æ", "€", "𝄞", "x1"), {
  maxLength: 200,
});

describe("scanning a register file", () => {
  it("finds UTF-8 whatever the chunk boundaries, and the first row with a Latin-1 byte", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 199 }),
        async (parts, chunk, at) => {
          const utf8 = Buffer.from(parts.join(""), "utf8");
          const [scanned] = (await scanBatch([{ fileName: "areas.csv", content: utf8 }], chunk)).files;
          expect(scanned?.encoding).toBe("utf-8");
          expect(scanned?.firstInvalidUtf8Row).toBeUndefined();
          expect(scanned?.sha256).toBe(createHash("sha256").update(utf8).digest("hex"));
          expect(scanned?.lines).toBe(parts.filter((p) => p === "\n").length);
          // One Latin-1 "ø" (0xf8, never UTF-8) put in at a part boundary: its row is found.
          const cut = Math.min(at, parts.length);
          const before = Buffer.from(parts.slice(0, cut).join(""), "utf8");
          const bad = Buffer.concat([
            before,
            Buffer.from([0xf8]),
            Buffer.from(parts.slice(cut).join(""), "utf8"),
          ]);
          const [latin] = (await scanBatch([{ fileName: "areas.csv", content: bad }], chunk)).files;
          expect(latin?.encoding).toBe("latin-1");
          expect(latin?.firstInvalidUtf8Row).toBe(parts.slice(0, cut).filter((p) => p === "\n").length + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("takes the delimiter from the header line and sees a byte-order mark", async () => {
    const [semi, comma] = (
      await scanBatch([
        { fileName: "a.csv", content: "\uFEFFperson;year\nP1;2006,5\n" },
        { fileName: "b.csv", content: "person,year\nP1;x;y;z,2006\n" },
      ])
    ).files;
    expect(semi).toMatchObject({ delimiter: ";", bom: true });
    expect(comma).toMatchObject({ delimiter: ",", bom: false });
  });
});
