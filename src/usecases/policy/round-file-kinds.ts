/**
 * The files a round can be written as: the report's formats and the CSV export's tables. Kept
 * apart from the use cases that write them, so the command line's help (the options' choices)
 * and the API's schemas name them without loading the renderers.
 */
export const REPORT_FORMATS = ["html", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CSV_TABLES = ["budget", "findings", "initiatives", "status-schemas", "indicators"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
