import type { Kysely } from "kysely";
import {
  type FactsYear,
  factsYears,
  type KnownArea,
  knownAreas,
  loadAreaFacts,
  loadPublishedLists,
  loadReferenceFacts,
  type ReferenceYear,
  referenceYears,
  replacePublishedLists,
  saveAreaFacts,
  saveReferenceFacts,
} from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { AreaFactsSource } from "../../domain/areas/area-facts-source.ts";
import { attributeListChange, type ListChangeAttribution } from "../../domain/areas/attribute-list-change.ts";
import { type Classification, classifyAreas } from "../../domain/areas/classify-areas.ts";
import type { Criterion } from "../../domain/areas/criterion.ts";
import {
  type DepartmentYearFacts,
  fullTimeEquivalentColumns,
  noReferenceFacts,
  type ReferenceFacts,
} from "../../domain/areas/department-year-facts.ts";
import type { PublishedListEntry } from "../../domain/areas/published-list.ts";
import { type ListKind, listKinds, type RuleVersion } from "../../domain/areas/rule-version.ts";
import { ruleVersionFor, ruleVersions, ruleVersionsOn } from "../../domain/areas/rule-versions.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatKroner, formatNumber, formatPercent } from "../../domain/format.ts";
import { comparatorSymbols } from "../../domain/law/comparator.ts";
import { formatShare } from "../../domain/law/format-parameter.ts";
import { covers, type IsoDate } from "../../domain/law/iso-date.ts";
import type { LegalSource, ParameterSet } from "../../domain/law/parameter.ts";
import { parseRational } from "../../domain/law/rational.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "../../formats/csv/area-facts-csv.ts";
import { parsePublishedListsCsv } from "../../formats/csv/published-lists-csv.ts";

/** The facts a classification runs on: from the database or from files given on the command line. */
export type { AreaFactsSource };

export async function factsFromDatabase(db: Kysely<Database>, listKind: ListKind): Promise<AreaFactsSource> {
  const [facts, reference, published] = await Promise.all([
    loadAreaFacts(db),
    loadReferenceFacts(db),
    loadPublishedLists(db, listKind),
  ]);
  return { facts, reference, published };
}

/** Reads a facts CSV (and optionally a reference CSV); every problem is reported, nothing is half-read. */
export function factsFromFiles(
  facts: { readonly fileName: string; readonly content: string },
  reference?: { readonly fileName: string; readonly content: string },
): AreaFactsSource {
  return {
    facts: parseAreaFactsCsv(facts.content, facts.fileName),
    reference: reference ? parseReferenceFactsCsv(reference.content, reference.fileName) : noReferenceFacts,
    published: [],
  };
}

/**
 * Without a list kind: the combined-letting list when one is in force on every date given
 * (it is the list the letting schemes use), else the national list of vulnerable areas.
 */
export function defaultListKind(...dates: readonly IsoDate[]): ListKind {
  const combined = ruleVersions.filter((v) => v.listKind === "combined_letting");
  return dates.every((d) => combined.some((v) => covers(v, d))) ? "combined_letting" : "vulnerable_areas";
}

export function isListKind(value: string): value is ListKind {
  return (listKinds as readonly string[]).includes(value);
}

/** A criterion's value and threshold as people read them: `6.227`, `43,2 %`, `152.300 kr.`. */
export interface CriterionDisplay {
  readonly valueText: string;
  readonly thresholdText: string;
  readonly comparatorSymbol: string;
}

export function criterionDisplay(c: Criterion): CriterionDisplay {
  const exactThreshold = parseRational(c.thresholdExact);
  const comparatorSymbol = comparatorSymbols[c.comparator];
  if (c.threshold > 1) {
    // A count (residents, criteria met, years) has denominator 1; anything else above 1 is a mean in kroner.
    if (c.denominator === 1) {
      return {
        valueText: formatNumber(c.value),
        thresholdText: formatNumber(c.threshold),
        comparatorSymbol,
      };
    }
    return {
      valueText: formatKroner(c.value),
      thresholdText: formatKroner(c.threshold),
      comparatorSymbol,
    };
  }
  // One decimal, or two when one would hide which side of the threshold the value is on.
  const decimals = Math.abs(c.value - c.threshold) < 0.001 ? 2 : 1;
  return {
    valueText: formatPercent(c.value, decimals),
    thresholdText: exactThreshold ? formatShare(exactThreshold) : formatPercent(c.threshold, 2),
    comparatorSymbol,
  };
}

export function sourceText(source: LegalSource): string {
  return [source.act, source.section, source.bill, source.document]
    .filter((s): s is string => s !== undefined && s !== "")
    .join("; ");
}

export interface ClassificationRequest {
  readonly date: IsoDate;
  readonly listKind?: ListKind | undefined;
  readonly factsYear?: number | undefined;
}

export type DisplayedArea = Omit<Classification["areas"][number], "criteria"> & {
  readonly criteria: readonly (Criterion & CriterionDisplay)[];
};

/** The classification with each criterion's display text and the rule version's source as one line. */
export type DisplayedClassification = Omit<Classification, "areas"> & {
  readonly areas: readonly DisplayedArea[];
  readonly sourceText: string;
};

export function classify(
  source: AreaFactsSource,
  request: ClassificationRequest,
  params: ParameterSet,
): DisplayedClassification {
  const listKind = request.listKind ?? defaultListKind(request.date);
  const version = ruleVersionFor(listKind, request.date);
  const classification = classifyAreas(
    version,
    source.facts,
    request.factsYear === undefined
      ? { date: request.date }
      : { date: request.date, factsYear: request.factsYear },
    params,
    source.reference,
    source.published,
  );
  return {
    ...classification,
    areas: classification.areas.map((a) => ({
      ...a,
      criteria: a.criteria.map((c) => ({ ...c, ...criterionDisplay(c) })),
    })),
    sourceText: sourceText(classification.ruleVersion.source),
  };
}

export interface AttributionRequest {
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly listKind?: ListKind | undefined;
}

export function attribute(
  source: AreaFactsSource,
  request: AttributionRequest,
  params: ParameterSet,
): ListChangeAttribution {
  if (request.fromDate > request.toDate) {
    throw new DomainError("invalid_input", "Fra-datoen ligger efter til-datoen", [
      { field: "from", message: `${request.fromDate} ligger efter ${request.toDate}` },
    ]);
  }
  return attributeListChange({
    listKind: request.listKind ?? defaultListKind(request.fromDate, request.toDate),
    fromDate: request.fromDate,
    toDate: request.toDate,
    facts: source.facts,
    params,
    referenceFacts: source.reference,
    publishedLists: source.published,
  });
}

export interface RuleVersionSummary {
  readonly id: string;
  readonly name: string;
  readonly listKind: ListKind;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate;
  readonly source: LegalSource;
  readonly sourceText: string;
}

function summary(v: RuleVersion): RuleVersionSummary {
  return {
    id: v.id,
    name: v.name,
    listKind: v.listKind,
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo === undefined ? {} : { effectiveTo: v.effectiveTo }),
    source: v.source,
    sourceText: sourceText(v.source),
  };
}

/** Every area rule version, or those in force on a date. */
export function ruleVersionSummaries(date?: IsoDate): RuleVersionSummary[] {
  return (date === undefined ? ruleVersions : ruleVersionsOn(date)).map(summary);
}

export interface UploadedFile {
  readonly fileName: string;
  readonly content: string;
}

export interface ImportOutcome {
  readonly fileName: string;
  readonly rows: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly years: readonly number[];
  readonly reference?: { readonly fileName: string; readonly rows: number; readonly replaced: number };
}

/**
 * Imports a facts CSV (and optionally a reference CSV) all or nothing: both files are checked
 * before anything is written, then one transaction replaces the rows with the same
 * (year, department_id) and writes the audit row.
 */
export async function importAreaFacts(
  db: Kysely<Database>,
  actor: Actor,
  facts: UploadedFile,
  reference?: UploadedFile,
): Promise<ImportOutcome> {
  const parsed = parseAreaFactsCsv(facts.content, facts.fileName);
  const parsedReference = reference
    ? parseReferenceFactsCsv(reference.content, reference.fileName)
    : undefined;
  if (parsed.length === 0) {
    throw new DomainError("invalid_input", `${facts.fileName}: filen har ingen rækker - intet er indlæst`, [
      { source: facts.fileName, row: 2, message: "ingen rækker under overskriften" },
    ]);
  }
  // The CSV reads full-time equivalents with decimals, and a classification of the file
  // (--input) uses them; the database column is still an integer (a migration to numeric is
  // needed), so refuse plainly instead of failing inside the database or rounding.
  const fractional = parsed.flatMap((f) =>
    fullTimeEquivalentColumns.flatMap((column) => {
      const value = f[column];
      return value !== undefined && !Number.isInteger(value) ? [{ f, column, value }] : [];
    }),
  );
  if (fractional.length > 0) {
    throw new DomainError(
      "invalid_input",
      `${facts.fileName}: fuldtidsækvivalenter med decimaler kan endnu ikke gemmes i databasen (de kan klassificeres direkte med areas classify --input) - intet er indlæst`,
      fractional.map(({ f, column, value }) => ({
        source: facts.fileName,
        field: column,
        message: `${value} for afdeling ${f.department_id} i ${f.year}: databasen gemmer hele tal`,
      })),
    );
  }
  return db.transaction().execute(async (trx) => {
    const saved = await saveAreaFacts(trx, parsed);
    const savedReference = parsedReference ? await saveReferenceFacts(trx, parsedReference) : undefined;
    const years = [...new Set(parsed.map((f) => f.year))].sort((a, b) => a - b);
    const outcome: ImportOutcome = {
      fileName: facts.fileName,
      rows: parsed.length,
      inserted: saved.inserted,
      replaced: saved.replaced,
      years,
      ...(reference && savedReference && parsedReference
        ? {
            reference: {
              fileName: reference.fileName,
              rows: parsedReference.national.length + parsedReference.regions.length,
              replaced: savedReference.replaced,
            },
          }
        : {}),
    };
    await recordAudit(trx, actor, {
      action: "area_fact.import",
      entity: "area_fact",
      details: { ...outcome },
    });
    return outcome;
  });
}

export interface FactsOverview {
  readonly years: readonly FactsYear[];
  readonly referenceYears: readonly ReferenceYear[];
  readonly areas: readonly KnownArea[];
}

export async function factsOverview(db: Kysely<Database>): Promise<FactsOverview> {
  const [years, reference, areas] = await Promise.all([factsYears(db), referenceYears(db), knownAreas(db)]);
  return { years, referenceYears: reference, areas };
}

/** Published lists from CSV into the database (all or nothing), audited. */
export async function importPublishedLists(
  db: Kysely<Database>,
  actor: Actor,
  file: UploadedFile,
): Promise<{
  readonly fileName: string;
  readonly rows: number;
  readonly lists: readonly string[];
  readonly replaced: number;
}> {
  const rows = parsePublishedListsCsv(file.content, file.fileName);
  if (rows.length === 0) {
    throw new DomainError("invalid_input", `${file.fileName}: filen har ingen rækker - intet er indlæst`, [
      { source: file.fileName, row: 2, message: "ingen rækker under overskriften" },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const saved = await replacePublishedLists(trx, rows);
    const outcome = {
      fileName: file.fileName,
      rows: rows.length,
      lists: saved.lists,
      replaced: saved.removed,
    };
    await recordAudit(trx, actor, {
      action: "published_area_list.import",
      entity: "published_area_list",
      details: { ...outcome },
    });
    return outcome;
  });
}
