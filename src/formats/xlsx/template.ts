import type { BudgetLine, Footnote } from "../../domain/policy/budget/budget-overview.ts";
import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import type {
  StatusFieldKey,
  StatusReportKind,
} from "../../domain/policy/initiatives/status-report-layout.ts";

/**
 * The fixed XLSX template committees fill in. Sheet and column names are Danish (the people who
 * fill it in are); year columns are four-digit headers between `Angivet i alt`'s left neighbours.
 *
 * Økonomi:        Tabel | Indsats-id | Indsats | Linje | Dellinje | Dellinje navn | 2009 … 2012 | Angivet i alt | Fordeling | Fodnote
 * Statusskemaer:  Indsats-id | Felt | Tekst
 * Fodnoter:       Markør | Tekst
 *
 * Amounts are whole kroner; `-` is the report's dash, an empty cell is blank. `Fordeling` is `år`
 * (the line is split by year) or `samlet` (one sum not split by year). A status text keeps its
 * paragraphs apart with a blank line and writes list items as lines starting with `• ` or `– `.
 */
export const sheets = {
  budget: "Økonomi",
  status: "Statusskemaer",
  footnotes: "Fodnoter",
  header: "Brevhoved",
  checklist: "Tjekliste",
} as const;

/**
 * Brevhoved: Felt | Værdi, one row per field of the letterhead (read back on import; an empty
 * value clears a case number, document number or caseworker). Tjekliste: Felt | Hvad mangler,
 * what the roll-forward left for the secretary (written for reading; not read back).
 */
export const headerColumns = { field: "Felt", value: "Værdi" } as const;
export const checklistColumns = { field: "Felt", message: "Hvad mangler" } as const;
export const headerRows = {
  title: "Titel",
  requestDate: "Dato (ÅÅÅÅ-MM-DD)",
  caseNumber: "Sagsnr.",
  documentNumber: "Dokumentnr.",
  caseworker: "Afsender (sagsbehandler)",
  requestedByCode: "Modtager (forvaltningens kode, fx BIF)",
} as const;

/** The letterhead as the template carries it. */
export interface WorkbookHeader {
  readonly title: string;
  readonly requestDate: string;
  readonly caseNumber: string | null;
  readonly documentNumber: string | null;
  readonly caseworker: string | null;
  readonly requestedByCode: string;
}

export const budgetColumns = {
  table: "Tabel",
  initiativeId: "Indsats-id",
  initiative: "Indsats",
  line: "Linje",
  subLine: "Dellinje",
  subLineName: "Dellinje navn",
  statedTotal: "Angivet i alt",
  distribution: "Fordeling",
  footnote: "Fodnote",
} as const;

export const statusColumns = { initiativeId: "Indsats-id", field: "Felt", text: "Tekst" } as const;
export const footnoteColumns = { marker: "Markør", text: "Tekst" } as const;

export const distributionWords = { by_year: "år", not_distributed: "samlet" } as const;

/** Budget and status schemas of one round, as the template holds them. */
export interface BudgetWorkbook {
  /** The year columns, ascending. */
  readonly years: readonly number[];
  readonly tables: readonly { readonly id: string; readonly lines: readonly BudgetLine[] }[];
  readonly footnotes: readonly Footnote[];
  readonly statusReports: readonly {
    readonly initiativeId: string;
    readonly kind: StatusReportKind;
    readonly fields: Readonly<Partial<Record<StatusFieldKey, RichText>>>;
  }[];
  /** Absent in a template made before the letterhead was part of it. */
  readonly header?: WorkbookHeader | undefined;
  /** What the roll-forward left for the secretary (exported only). */
  readonly checklist?: readonly { readonly label: string; readonly message: string }[];
}

export interface WorkbookOptions {
  /** The reporting round's year: names the `Mål i …` field of the second layout. */
  readonly year: number;
}

export interface ImportOptions extends WorkbookOptions {
  /** Year columns outside this range are refused. */
  readonly years: { readonly from: number; readonly to: number };
  /** The uploaded file's name, for the messages that refuse the file as a whole. */
  readonly fileName?: string | undefined;
}
