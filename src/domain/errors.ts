import type { Language, Texts } from "./language.ts";

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
  /** The message in English, where the thrower wrote one (else an English reader gets `message`). */
  readonly en?: string;
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

/**
 * What each code means, in every language: what an English reader is told when the thrower wrote
 * the message in Danish only (the Danish text then follows as the detail it is).
 */
export const ERROR_CODE_TEXTS: Readonly<Record<ErrorCode, Texts>> = {
  invalid_input: { da: "Input er ikke gyldigt.", en: "The input is not valid." },
  not_found: { da: "Findes ikke.", en: "Not found." },
  conflict: { da: "Konflikt med de gemte data.", en: "This conflicts with the stored data." },
  forbidden: { da: "Din rolle giver ikke adgang til dette.", en: "Your role does not give access to this." },
  unauthenticated: { da: "Du skal være logget ind.", en: "You must be logged in." },
  rule_not_in_force: { da: "Ingen regel er i kraft.", en: "No rule is in force for this." },
  missing_fact: { da: "Et faktum mangler.", en: "A fact is missing." },
  immutable: { da: "Kan ikke ændres.", en: "This cannot be changed." },
  rate_limited: { da: "For mange forsøg.", en: "Too many attempts." },
};

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly Issue[];
  /** The message in every language, when the thrower wrote it so; `message` is the Danish. */
  readonly texts: Texts | undefined;

  /** `message` is Danish, or one text per language (`{ da, en }`) for a refusal a person meets in the web app. */
  constructor(code: ErrorCode, message: string | Texts, details: readonly Issue[] = []) {
    super(typeof message === "string" ? message : message.da);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
    this.texts = typeof message === "string" ? undefined : message;
  }

  /** The message in `language`; in English without an English text, what the code means. */
  messageIn(language: Language): string {
    if (language === "da") return this.message;
    return this.texts?.[language] ?? ERROR_CODE_TEXTS[this.code][language];
  }

  /**
   * The details in `language`. An English reader of a Danish-only error also gets the Danish
   * message as a detail, so nothing the thrower said is lost.
   */
  detailsIn(language: Language): readonly Issue[] {
    const translated = issuesIn(this.details, language);
    if (language === "da") return translated;
    return this.texts === undefined ? [{ message: this.message }, ...translated] : translated;
  }
}

/** Issues with their message in `language` (the Danish where no English was written), without `en`. */
export function issuesIn(issues: readonly Issue[], language: Language): Issue[] {
  return issues.map(({ en, ...issue }) =>
    en === undefined || language === "da" ? issue : { ...issue, message: en },
  );
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
