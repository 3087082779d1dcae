import { DomainError } from "../../domain/errors.ts";

/**
 * The domain names fields relative to what it was given (`household.applicant…`); the API and
 * the CLI receive them inside a body (`application.household.applicant…`). This re-roots the
 * fields of invalid input; other refusals name parameters or facts, which stay as they are.
 */
export function withFieldPrefix<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid_input") {
      throw new DomainError(
        error.code,
        error.texts ?? error.message,
        error.details.map((d) =>
          d.field === undefined || d.field.startsWith(`${prefix}.`)
            ? d
            : { ...d, field: `${prefix}.${d.field}` },
        ),
      );
    }
    throw error;
  }
}

/** Renames one field in any refusal, e.g. the domain's `applicationDate` to `application.applicationDate`. */
export function withFieldRenamed<T>(from: string, to: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) {
      throw new DomainError(
        error.code,
        error.texts ?? error.message,
        error.details.map((d) => (d.field === from ? { ...d, field: to } : d)),
      );
    }
    throw error;
  }
}
