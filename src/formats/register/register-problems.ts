import { DomainError, type Issue } from "../../domain/errors.ts";

export interface RegisterIssue extends Issue {
  /** What kind of problem, for the counts per kind. */
  readonly kind: string;
}

export const MAX_LISTED = 100;

/** The kinds of problem in English, for the refusal's summary. */
const KIND_EN: Readonly<Record<string, string>> = {
  "CPR-nummer": "CPR number",
  "dublet fil": "duplicate file",
  "forkert overskrift": "wrong header",
  "forkert tegnsæt": "wrong character set",
  "manglende fil": "missing file",
  "ukendt fil": "unknown file",
  "ulæselig fil": "unreadable file",
  "tomt felt": "empty field",
  "ugyldigt tal": "invalid number",
  "ugyldig dato": "invalid date",
  "ugyldig periode": "invalid period",
  "ugyldig nøgle": "invalid key",
  "ugyldigt pseudonym": "invalid pseudonym",
  dublet: "duplicate",
  "ukendt reference": "unknown reference",
  "bopæl i to boliger samtidig": "residence in two dwellings at once",
  "ydelse uden bopæl": "benefit without residence",
};

/**
 * The problems of one batch, in the order they are found: the first 100 kept with file, row and
 * column, all of them counted per kind. Its memory does not grow with the number of problems.
 */
export class ProblemLog {
  readonly listed: RegisterIssue[] = [];
  readonly counts = new Map<string, number>();
  total = 0;

  add(issue: RegisterIssue): void {
    this.count(issue.kind, 1);
    if (this.listed.length < MAX_LISTED) this.listed.push(issue);
  }

  /** `n` problems of a kind, of which `examples` (the first ones) are listed while there is room. */
  addCounted(kind: string, n: number, examples: readonly RegisterIssue[]): void {
    if (n <= 0) return;
    this.count(kind, n);
    for (const issue of examples) if (this.listed.length < MAX_LISTED) this.listed.push(issue);
  }

  private count(kind: string, n: number): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
    this.total += n;
  }

  /** Room left in the list: how many examples a check need fetch. */
  get room(): number {
    return MAX_LISTED - this.listed.length;
  }

  /**
   * One refusal for the whole batch: the first 100 problems, and how many of each kind. The
   * problems themselves are Danish (several are worded by the database's checks); the summary is
   * in every language.
   */
  refuse(): never {
    const summary = [...this.counts].map(([kind, n]) => `${kind}: ${n}`).join("; ");
    const summaryEn = [...this.counts].map(([kind, n]) => `${KIND_EN[kind] ?? kind}: ${n}`).join("; ");
    const more = this.total > MAX_LISTED;
    throw new DomainError(
      "invalid_input",
      {
        da: `Registerdata afvist - intet er indlæst. ${this.total} fejl (${summary})${more ? `; de første ${MAX_LISTED} vises` : ""}`,
        en: `Register data refused - nothing has been imported. ${this.total} ${this.total === 1 ? "error" : "errors"} (${summaryEn})${more ? `; the first ${MAX_LISTED} are shown` : ""}`,
      },
      this.listed.map(({ source, row, field, message, kind }) => ({
        ...(source === undefined ? {} : { source }),
        ...(row === undefined ? {} : { row }),
        ...(field === undefined ? {} : { field }),
        message: `${kind}: ${message}`,
      })),
    );
  }
}
