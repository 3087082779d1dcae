import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError, type Issue } from "../../domain/errors.ts";
import { importWorkbook } from "./import-workbook.ts";

const options = { year: 2010, years: { from: 2000, to: 2030 } } as const;

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../../test/fixtures/xlsx/${name}.xlsx`, import.meta.url));
}

async function issuesOf(name: string): Promise<readonly Issue[]> {
  try {
    await importWorkbook(fixture(name), options);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("invalid_input");
    return (error as DomainError).details;
  }
  throw new Error(`${name} was accepted`);
}

describe("importWorkbook refuses a broken template with every problem located", () => {
  it("a missing column", async () => {
    expect(await issuesOf("missing-column")).toEqual([
      {
        source: "Økonomi",
        row: 1,
        field: "Linje",
        message: "kolonnen »Linje« mangler",
        en: "the column »Linje« is missing",
      },
    ]);
  });

  it("text in an amount cell", async () => {
    expect(await issuesOf("text-in-amount")).toEqual([
      {
        source: "Økonomi",
        row: 3,
        field: "H (2010)",
        message:
          "teksten »1,1 mio. kr.« står i et beløbsfelt; skriv et beløb i kroner, - eller lad feltet stå tomt",
        en: "the text »1,1 mio. kr.« is in an amount field; write an amount in kroner, - or leave the field empty",
      },
    ]);
  });

  it("a year out of range", async () => {
    expect(await issuesOf("year-out-of-range")).toEqual([
      {
        source: "Økonomi",
        row: 1,
        field: "J (2099)",
        message: "året 2099 ligger uden for 2000–2030",
        en: "the year 2099 is outside 2000–2030",
      },
    ]);
  });

  it("a duplicate line", async () => {
    const issues = await issuesOf("duplicate-line");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      source: "Økonomi",
      field: "D (Linje)",
      message: "linjen i-relation-til-maal/ssp står også i række 4",
    });
  });

  it("lists all problems at once, across sheets", async () => {
    const issues = await issuesOf("all-problems");
    expect(issues.map((i) => `${i.source}:${i.row ?? "-"}:${i.field ?? "-"}`)).toEqual([
      "Økonomi:1:J (2099)",
      "Økonomi:3:H (2010)",
      expect.stringMatching(/^Økonomi:\d+:D \(Linje\)$/),
      "Statusskemaer:2:B (Felt)",
      "Statusskemaer:3:A (Indsats-id)",
      "Statusskemaer:4:B (Felt)",
      "Statusskemaer:4:B (Felt)",
      "Fodnoter:-:-",
    ]);
    expect(issues.slice(3).map((i) => i.message)).toEqual([
      "feltet »Økonomisk ramme« findes ikke i statusskemaerne",
      "indsats-id mangler",
      // Rows 2 and 3 were the letting agreement's first two fields; without them it lacks both.
      "udlejningsaftalen mangler feltet »Økonomi«",
      "udlejningsaftalen mangler feltet »Målgruppe«",
      "arket »Fodnoter« mangler",
    ]);
    // Every problem in English too; outside the quoted sheet, column and field names no Danish.
    for (const issue of issues) {
      expect(issue.en, issue.message).toBeDefined();
      expect((issue.en ?? "").replace(/»[^«]*«/g, ""), issue.message).not.toMatch(/[æøåÆØÅ]|mangler|findes/);
    }
  });

  it("refuses a file that is not a workbook", async () => {
    await expect(importWorkbook(Buffer.from("ikke et regneark"), options)).rejects.toThrow(DomainError);
  });
});
