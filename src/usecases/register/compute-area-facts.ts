import { lockAreaFactWrites } from "../../db/areas.repository.ts";
import {
  batchYears,
  computedKeys,
  type ExistingFactRow,
  existingFactsInScope,
  existingReferenceInScope,
  findBatchRef,
  insertComputation,
  intactComputation,
  nextComputationId,
  type StoredFactOrigin,
  writeComputedAreaFacts,
  writeComputedReferenceFacts,
  type YearRange,
} from "../../db/register-facts.repository.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDateTime } from "../../domain/format.ts";
import type { Language } from "../../domain/language.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { type IsoDate, isIsoDate } from "../../domain/law/iso-date.ts";
import {
  type RegisterFactParameters,
  registerFactDefinitions,
} from "../../domain/register/fact-definitions.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

export interface ComputeAreaFactsInput {
  /** The batch, by name or by id. */
  readonly batch: string | number;
  /** Facts years; default every year the batch has register data for. */
  readonly fromYear?: number | undefined;
  readonly toYear?: number | undefined;
  /** Overwrite area facts of the same year and department from another source (typed in, another batch). */
  readonly replace?: boolean | undefined;
  /** The date whose definitions (rules/register/fakta) are used; default today in Copenhagen. */
  readonly rulesDate?: IsoDate | undefined;
  /** Written into every row: the register holds neither. Default København, Region Hovedstaden. */
  readonly municipality?: string | undefined;
  readonly region?: string | undefined;
}

/** A row a computation overwrote or kept, with the source it came from, in Danish. */
export interface FactRowSource {
  readonly year: number;
  readonly departmentId?: string;
  readonly kind?: string;
  readonly region?: string;
  readonly source: string;
}

export interface ComputeAreaFactsOutcome {
  /** `unchanged`: the same computation is stored and intact; nothing was written. */
  readonly status: "computed" | "unchanged";
  readonly computationId: number;
  readonly batch: { readonly id: number; readonly name: string };
  readonly years: YearRange;
  readonly computedAt: string;
  readonly departmentYears: number;
  readonly referenceFacts: number;
  /** Rows from another source this computation overwrote (only with `replace`). */
  readonly replaced: readonly FactRowSource[];
  /** Rows of earlier computations of the same batch this one overwrote. */
  readonly superseded: number;
  /** Reference facts from another source that were left as they were. */
  readonly referenceKept: readonly FactRowSource[];
  readonly parameters: RegisterFactParameters;
}

const MAX_LISTED = 100;

/** Where a stored row came from, as a user reads it. */
export function originText(origin: StoredFactOrigin, language: Language = "da"): string {
  if (language === "en") {
    if (origin.computationId === null) return "entered or imported from CSV";
    const when = origin.computedAt === null ? "" : `, computed ${formatDateTime(origin.computedAt, "en")}`;
    return `batch "${origin.batchName ?? "?"}" (computation no. ${origin.computationId}${when})`;
  }
  if (origin.computationId === null) return "indtastet eller indlæst fra CSV";
  const when = origin.computedAt === null ? "" : `, beregnet ${formatDateTime(origin.computedAt)}`;
  return `batch »${origin.batchName ?? "?"}« (beregning nr. ${origin.computationId}${when})`;
}

function checkYear(value: number | undefined, field: string): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1990 && value <= 2100))
    throw new DomainError(
      "invalid_input",
      {
        da: `${field} skal være et år mellem 1990 og 2100`,
        en: `${field} must be a year between 1990 and 2100`,
      },
      [{ field, message: String(value) }],
    );
}

/**
 * Computes the area facts (one row per department per year) and the reference facts of one
 * register batch in SQL, in one transaction with its computation row and its audit row
 * (`register.facts`). Facts of the same year and department from another source are refused,
 * naming them, unless `replace`; then they are overwritten and listed in the audit row. The
 * same computation run again (same batch, years and parameter values, its rows untouched)
 * writes nothing and says so.
 */
export const computeAreaFacts = defineUseCase(
  "beregne områdefakta fra registerdata",
  STATISTICS_EDITORS,
  async (ctx, actor, input: ComputeAreaFactsInput): Promise<ComputeAreaFactsOutcome> => {
    checkYear(input.fromYear, "from");
    checkYear(input.toYear, "to");
    if (input.rulesDate !== undefined && !isIsoDate(input.rulesDate))
      throw new DomainError(
        "invalid_input",
        {
          da: "Regeldatoen skal være en dato (ÅÅÅÅ-MM-DD)",
          en: "The rules date must be a date (YYYY-MM-DD)",
        },
        [{ field: "rules", message: String(input.rulesDate) }],
      );
    const batch = await findBatchRef(
      ctx.db,
      typeof input.batch === "number" ? { id: input.batch } : { name: input.batch.trim() },
    );
    if (batch === undefined)
      throw new DomainError(
        "not_found",
        {
          da: `Der er ingen registerbatch »${input.batch}«`,
          en: `There is no register batch "${input.batch}"`,
        },
        [{ field: "batch", message: String(input.batch) }],
      );
    const covered = await batchYears(ctx.db, batch.id);
    if (covered === undefined)
      throw new DomainError(
        "invalid_input",
        {
          da: `Batch »${batch.name}« har ingen registerår (person_years.csv)`,
          en: `Batch "${batch.name}" has no register years (person_years.csv)`,
        },
        [{ field: "batch", message: batch.name }],
      );
    const years = { from: input.fromYear ?? covered.from, to: input.toYear ?? covered.to };
    if (years.from > years.to)
      throw new DomainError(
        "invalid_input",
        {
          da: `Fra-året ${years.from} ligger efter til-året ${years.to}`,
          en: `The from year ${years.from} is after the to year ${years.to}`,
        },
        [{ field: "from", message: String(years.from) }],
      );
    if (years.from < covered.from || years.to > covered.to)
      throw new DomainError(
        "invalid_input",
        {
          da: `Batch »${batch.name}« har registerdata for ${covered.from}-${covered.to}, ikke for ${years.from}-${years.to}`,
          en: `Batch "${batch.name}" has register data for ${covered.from}-${covered.to}, not for ${years.from}-${years.to}`,
        },
        [{ field: "from", message: `${covered.from}-${covered.to}` }],
      );
    const rulesDate = input.rulesDate ?? todayOf(ctx.clock);
    const { definitions, record } = registerFactDefinitions(await ctx.parameters(), rulesDate, input);

    return inTransaction(ctx, async (trx) => {
      await lockAreaFactWrites(trx);
      const existing = await existingFactsInScope(trx, batch.id, years);
      const intact = await intactComputation(trx, batch.id, years, record);
      if (intact !== undefined && existing.every((row) => row.computationId === intact.id))
        return {
          status: "unchanged",
          computationId: intact.id,
          batch,
          years,
          computedAt: intact.computedAt.toISOString(),
          departmentYears: intact.factRows,
          referenceFacts: intact.referenceRows,
          replaced: [],
          superseded: 0,
          referenceKept: [],
          parameters: record,
        } satisfies ComputeAreaFactsOutcome;

      const referenceBefore = await existingReferenceInScope(trx, years, definitions.region);
      const id = await nextComputationId(trx);
      const departmentYears = await writeComputedAreaFacts(trx, id, batch.id, years, definitions).catch(
        (error: unknown) => {
          throw checkViolation(error, batch.name) ?? error;
        },
      );
      const written = new Set((await computedKeys(trx, id)).map((k) => `${k.year}|${k.departmentId}`));
      const overwritten = existing.filter((row) => written.has(`${row.year}|${row.departmentId}`));
      const fromElsewhere = overwritten.filter((row) => !sameBatch(row, batch.id));
      if (fromElsewhere.length > 0 && input.replace !== true) throw refusal(batch.name, fromElsewhere);

      const referenceFacts = await writeComputedReferenceFacts(trx, id, batch.id, definitions.region);
      const referenceKept = referenceBefore
        .filter((row) => !sameBatch(row, batch.id))
        .map((row) => ({ year: row.year, kind: row.kind, region: row.region, source: originText(row) }));
      const computedAt = ctx.clock.now();
      await insertComputation(trx, {
        id,
        batchId: batch.id,
        years,
        parameters: record,
        factRows: departmentYears,
        referenceRows: referenceFacts,
        computedBy: actor.name,
        computedAt,
      });
      const replaced = fromElsewhere.map((row) => ({
        year: row.year,
        departmentId: row.departmentId,
        source: originText(row),
      }));
      const superseded = overwritten.length - fromElsewhere.length;
      await recordAudit(trx, actor, {
        action: "register.facts",
        entity: "area_fact_computation",
        entityId: String(id),
        details: {
          batch: batch.name,
          batchId: batch.id,
          years,
          departmentYears,
          referenceFacts,
          replaced,
          superseded,
          supersededComputations: [
            ...new Set(overwritten.filter((r) => sameBatch(r, batch.id)).map((r) => r.computationId)),
          ],
          referenceKept,
          parameters: record,
        },
      });
      return {
        status: "computed",
        computationId: id,
        batch,
        years,
        computedAt: computedAt.toISOString(),
        departmentYears,
        referenceFacts,
        replaced,
        superseded,
        referenceKept,
        parameters: record,
      } satisfies ComputeAreaFactsOutcome;
    });
  },
);

/**
 * A department whose facts break a CHECK of area_fact (e.g. a negative income sum from negative
 * incomes) is a property of the batch's data: refused in Danish, naming the rule, not a 500.
 */
function checkViolation(error: unknown, batchName: string): DomainError | undefined {
  const e = error as { code?: string; constraint?: string };
  if (e?.code !== "23514") return undefined;
  return new DomainError(
    "invalid_input",
    {
      da: `Områdefakta beregnet fra batch »${batchName}« bryder reglen ${e.constraint ?? "(ukendt)"} for områdefakta (fx en negativ indkomstsum i en afdeling); intet er ændret`,
      en: `Area facts computed from batch "${batchName}" break the rule ${e.constraint ?? "(unknown)"} for area facts (e.g. a negative income sum in a department); nothing has changed`,
    },
    [
      {
        source: "area_fact",
        field: e.constraint ?? "",
        message: "regel i tabellen brudt",
        en: "a rule of the table is broken",
      },
    ],
  );
}

function sameBatch(row: StoredFactOrigin, batchId: number): boolean {
  return row.computationId !== null && row.batchId === batchId;
}

function refusal(batchName: string, rows: readonly ExistingFactRow[]): DomainError {
  const listed = rows.slice(0, MAX_LISTED);
  // The page folds the list after ten: say that the list itself stops before the count does.
  const cut = rows.length > MAX_LISTED;
  const sample = listed
    .slice(0, 5)
    .map((r) => `${r.year} ${r.departmentId}`)
    .join(", ");
  return new DomainError(
    "conflict",
    {
      da: `Der findes allerede områdefakta fra en anden kilde for ${rows.length} afdelinger og år, som batch »${batchName}« dækker (${sample}${rows.length > 5 ? ", …" : ""}); intet er ændret${cut ? ` (de første ${MAX_LISTED} er listet)` : ""}. Vælg at erstatte dem (»Erstat« på siden, --replace i udsyn register facts, replace: true i API'et)`,
      en: `There are already area facts from another source for ${rows.length} departments and years that batch "${batchName}" covers (${sample}${rows.length > 5 ? ", …" : ""}); nothing has changed${cut ? ` (the first ${MAX_LISTED} are listed)` : ""}. Choose to replace them (»Replace« on the page, --replace in udsyn register facts, replace: true in the API)`,
    },
    // No `source`: the table's name means nothing to the user; year and department say which row.
    listed.map((r) => ({
      field: `${r.year} ${r.departmentId}`,
      message: originText(r),
      en: originText(r, "en"),
    })),
  );
}
