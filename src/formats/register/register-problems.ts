import { DomainError, type Issue } from "../../domain/errors.ts";

export interface RegisterIssue extends Issue {
  /** What kind of problem, for the counts per kind. */
  readonly kind: string;
}

export const MAX_LISTED = 100;

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

  /** One refusal for the whole batch: the first 100 problems, and how many of each kind. */
  refuse(): never {
    const summary = [...this.counts].map(([kind, n]) => `${kind}: ${n}`).join("; ");
    throw new DomainError(
      "invalid_input",
      `Registerdata afvist - intet er indlæst. ${this.total} fejl (${summary})${this.total > MAX_LISTED ? `; de første ${MAX_LISTED} vises` : ""}`,
      this.listed.map(({ source, row, field, message, kind }) => ({
        ...(source === undefined ? {} : { source }),
        ...(row === undefined ? {} : { row }),
        ...(field === undefined ? {} : { field }),
        message: `${kind}: ${message}`,
      })),
    );
  }
}
