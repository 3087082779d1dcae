import { DomainError } from "../../errors.ts";
import type { Texts } from "../../language.ts";

/** An edit names a part the round does not have: `what` names it, e.g. `{ da: "Mål a", en: "Goal a" }`. */
export function notInRound(what: Texts, field: string): DomainError {
  return new DomainError(
    "not_found",
    { da: `${what.da} findes ikke i redegørelsen.`, en: `${what.en} is not in the report.` },
    [{ field, message: "findes ikke", en: "does not exist" }],
  );
}

/** A budget table's part the table does not have (`what` e.g. `Budgetlinjen t/l`). */
export function notInTable(what: Texts, field: string): DomainError {
  return new DomainError("not_found", { da: `${what.da} findes ikke.`, en: `${what.en} does not exist.` }, [
    { field, message: "findes ikke", en: "does not exist" },
  ]);
}

/** A year that is not one of the table's columns. */
export function yearNotInTable(year: number, years: readonly number[]): DomainError {
  return new DomainError(
    "invalid_input",
    { da: `Tabellen har ikke året ${year}.`, en: `The table has no year ${year}.` },
    [{ field: "year", message: `et af ${years.join(", ")}`, en: `one of ${years.join(", ")}` }],
  );
}
