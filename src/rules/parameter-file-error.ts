import { DomainError } from "../domain/errors.ts";

/** One kind per way a parameter file can be wrong; each has a broken fixture in test/fixtures/rules-broken. */
export const parameterFileErrorKinds = [
  "yaml_syntax",
  "schema",
  "invalid_date",
  "period_order",
  "overlapping_periods",
  "value_type",
  "verify_without_note",
  "id_mismatch",
  "duplicate_id",
] as const;
export type ParameterFileErrorKind = (typeof parameterFileErrorKinds)[number];

/**
 * A parameter file the loader refuses. The message names the file, the key (a path such as
 * `values[1].effective_from`) and, when the problem is inside a dated entry, that entry's date.
 */
export class ParameterFileError extends DomainError {
  readonly kind: ParameterFileErrorKind;
  readonly file: string;
  readonly key: string;
  readonly date?: string;

  constructor(kind: ParameterFileErrorKind, file: string, key: string, detail: string, date?: string) {
    const where = date === undefined ? key : `${key} (${date})`;
    super("invalid_input", `Parameterfil ${file}: ${where}: ${detail}`, [
      { source: file, field: key, message: date === undefined ? detail : `${detail} (${date})` },
    ]);
    this.name = "ParameterFileError";
    this.kind = kind;
    this.file = file;
    this.key = key;
    if (date !== undefined) this.date = date;
  }
}
