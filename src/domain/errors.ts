/**
 * One error type for everything the domain refuses. The server maps `code` to an HTTP
 * status in one table; the CLI prints `message` and the `details` list and exits non-zero.
 */
export interface IssueLocation {
  /** File, sheet or request body the problem was found in. */
  readonly source?: string;
  /** 1-based row in a file (header is row 1), when the input is tabular. */
  readonly row?: number;
  /** Column, field or JSON path. */
  readonly field?: string;
}

export interface Issue extends IssueLocation {
  readonly message: string;
}

export type ErrorCode =
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "forbidden"
  | "unauthenticated"
  | "rule_not_in_force"
  | "missing_fact"
  | "immutable"
  | "rate_limited";

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly Issue[];

  constructor(code: ErrorCode, message: string, details: readonly Issue[] = []) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

export function formatIssue(issue: Issue): string {
  const where = [
    issue.source,
    issue.row === undefined ? undefined : `række ${issue.row}`,
    issue.field === undefined ? undefined : `felt ${issue.field}`,
  ]
    .filter((part) => part !== undefined)
    .join(", ");
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}
