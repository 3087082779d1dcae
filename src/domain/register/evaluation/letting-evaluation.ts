import { DomainError } from "../../errors.ts";
import {
  cellKey,
  MINIMUM_CELL_PERSONS,
  type SuppressionReason,
  shareDisclosure,
  suppressTwoWayTable,
  withheldText,
} from "../../statistics/disclosure.ts";
import type { EvaluationDefinition } from "./definition.ts";

/**
 * The letting-agreement evaluation table (DOMAIN.md §5, docs/REGISTER.md): the change in persons
 * on transfer income between two reference days by area type, split into fully vacated dwellings
 * ("net moving") and the others, with the shares and the shares among movers-in, movers-out and
 * stayers. Pure: the database gives counts per area type and class (src/db/register-evaluation
 * .repository.ts); every figure here is a sum of those counts, so area types add up to "Alle"
 * and fully vacated + not fully vacated = total by construction.
 */

export const dwellingClasses = ["fullyVacated", "notFullyVacated"] as const;
export type DwellingClass = (typeof dwellingClasses)[number];
export const moverClasses = ["moverIn", "moverOut", "stayer"] as const;
export type MoverClass = (typeof moverClasses)[number];
export type ReferenceDay = "from" | "to";

/** The area type `uoplyst`: a dwelling whose area has no type in the from-year. */
export const UNKNOWN_AREA_TYPE = "uoplyst";
export const ALL = "alle";

/** Persons in the age band resident on one reference day, per area type, dwelling class and mover class. */
export interface EvaluationCount {
  readonly areaType: string;
  readonly dwellingClass: DwellingClass;
  readonly moverClass: MoverClass;
  readonly day: ReferenceDay;
  readonly persons: number;
  readonly onTransfer: number;
}

/**
 * Distinct persons (in the age band on either day) behind a cell: the base of disclosure control.
 * `areaType` null: all area types; `dwellingClass` null: both classes.
 */
export interface DistinctPersons {
  readonly areaType: string | null;
  readonly dwellingClass: DwellingClass | null;
  readonly persons: number;
}

/** Persons and recipients on the two days in one part of the table. */
export interface Figures {
  readonly personsFrom: number;
  readonly personsTo: number;
  readonly onTransferFrom: number;
  readonly onTransferTo: number;
}

export interface EvaluationRow {
  /** An area type code, `uoplyst`, or `alle` for the sum of all. */
  readonly areaType: string;
  readonly fullyVacated: Figures;
  readonly notFullyVacated: Figures;
  readonly total: Figures;
  readonly movers: Readonly<Record<MoverClass, Figures>>;
  /** Distinct persons behind each column of the change table. */
  readonly distinctPersons: Readonly<Record<DwellingClass | "total", number>>;
}

/** The unpublished table: counts, before disclosure control. Never leaves udsyn as it is. */
export interface LettingEvaluationCounts {
  readonly rows: readonly EvaluationRow[];
  readonly all: EvaluationRow;
}

const zero: Figures = { personsFrom: 0, personsTo: 0, onTransferFrom: 0, onTransferTo: 0 };

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    personsFrom: a.personsFrom + b.personsFrom,
    personsTo: a.personsTo + b.personsTo,
    onTransferFrom: a.onTransferFrom + b.onTransferFrom,
    onTransferTo: a.onTransferTo + b.onTransferTo,
  };
}

/** The change in the number of persons on transfer income. */
export const change = (f: Figures): number => f.onTransferTo - f.onTransferFrom;

function figuresOf(counts: readonly EvaluationCount[]): Figures {
  return counts.reduce(
    (sum, c) =>
      addFigures(
        sum,
        c.day === "from"
          ? { ...zero, personsFrom: c.persons, onTransferFrom: c.onTransfer }
          : { ...zero, personsTo: c.persons, onTransferTo: c.onTransfer },
      ),
    zero,
  );
}

/** Area types in the typology's order (most vulnerable first), then any others, then `uoplyst`. */
export const areaTypeOrder = ["udsat", "hoejrisiko", "risiko", "neutral"] as const;

function orderAreaTypes(types: Iterable<string>): string[] {
  const rank = (t: string) => {
    const i = (areaTypeOrder as readonly string[]).indexOf(t);
    return i >= 0 ? i : t === UNKNOWN_AREA_TYPE ? 99 : 50;
  };
  return [...new Set(types)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Assembles the table from the database's counts; rows only for area types that have residents. */
export function assembleLettingEvaluation(
  counts: readonly EvaluationCount[],
  distinct: readonly DistinctPersons[],
): LettingEvaluationCounts {
  const distinctOf = (areaType: string | null, dwellingClass: DwellingClass | null) =>
    distinct.find((d) => d.areaType === areaType && d.dwellingClass === dwellingClass)?.persons ?? 0;
  const rowOf = (areaType: string, mine: readonly EvaluationCount[], key: string | null): EvaluationRow => {
    const fullyVacated = figuresOf(mine.filter((c) => c.dwellingClass === "fullyVacated"));
    const notFullyVacated = figuresOf(mine.filter((c) => c.dwellingClass === "notFullyVacated"));
    return {
      areaType,
      fullyVacated,
      notFullyVacated,
      total: addFigures(fullyVacated, notFullyVacated),
      movers: {
        moverIn: figuresOf(mine.filter((c) => c.moverClass === "moverIn")),
        moverOut: figuresOf(mine.filter((c) => c.moverClass === "moverOut")),
        stayer: figuresOf(mine.filter((c) => c.moverClass === "stayer")),
      },
      distinctPersons: {
        fullyVacated: distinctOf(key, "fullyVacated"),
        notFullyVacated: distinctOf(key, "notFullyVacated"),
        total: distinctOf(key, null),
      },
    };
  };
  const rows = orderAreaTypes(counts.map((c) => c.areaType)).map((type) =>
    rowOf(
      type,
      counts.filter((c) => c.areaType === type),
      type,
    ),
  );
  return { rows, all: rowOf(ALL, counts, null) };
}

/** A share in percent, one decimal, or null without persons. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : roundOneDecimal((100 * part) / whole);
}

/** The change in the share, percentage points from exact shares, rounded to one decimal. */
export function shareChangePp(f: Figures): number | null {
  if (f.personsFrom === 0 || f.personsTo === 0) return null;
  return roundOneDecimal((100 * f.onTransferTo) / f.personsTo - (100 * f.onTransferFrom) / f.personsFrom);
}

/** Half away from zero, as a published table rounds; the tiny epsilon undoes binary noise (x.x5). */
export function roundOneDecimal(value: number): number {
  const scaled = Math.abs(value) * 10;
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

// ---------------------------------------------------------------------------------------------
// The published table: what leaves udsyn (API, CLI, XLSX, web, report).

/** A share of a group published only when the group has at least MINIMUM_CELL_PERSONS persons. */
export interface PublishedShares {
  readonly from: number | null;
  readonly to: number | null;
}

export interface PublishedRow {
  readonly areaType: string;
  /** Danish label: "Udsatte områder", …, "Alle". */
  readonly label: string;
  readonly fullyVacated: number | null;
  readonly notFullyVacated: number | null;
  readonly total: number | null;
  readonly shareChangePp: number | null;
  /** Share on transfer income (percent) on each day, all dwellings. */
  readonly share: PublishedShares;
  readonly fullyVacatedShare: PublishedShares;
  readonly notFullyVacatedShare: PublishedShares;
  /** Shares among movers-in (second day), movers-out (first day) and stayers (both days). */
  readonly moverInShare: number | null;
  readonly moverOutShare: number | null;
  readonly stayerShare: PublishedShares;
  /**
   * Why a field is null: the field's name (a share: `share.from`, `moverInShare`, …) to the
   * reason in Danish. Empty when nothing is withheld.
   */
  readonly suppressed: Readonly<Record<string, string>>;
}

export interface PublishedEvaluation {
  readonly from: number;
  readonly to: number;
  readonly batch: { readonly id: number; readonly name: string };
  readonly definition: {
    readonly fromDay: string;
    readonly toDay: string;
    readonly benefitWindow: string;
    readonly benefitCodes: readonly string[];
    readonly minimumAge: number;
    readonly maximumAge: number;
    /** The definitions in Danish, one sentence each: for headers and footnotes. */
    readonly text: readonly string[];
  };
  readonly rows: readonly PublishedRow[];
  readonly all: PublishedRow;
  readonly minimumCellPersons: number;
  /** Notes in Danish under the table (suppression, rounding). */
  readonly notes: readonly string[];
}

export const areaTypeLabels: Readonly<Record<string, string>> = {
  udsat: "Udsatte områder",
  hoejrisiko: "Højrisikoområder (40+)",
  risiko: "Risikoområder",
  neutral: "Neutrale områder",
  [UNKNOWN_AREA_TYPE]: "Områdetype uoplyst",
  [ALL]: "Alle",
};

export const columnLabels = {
  fullyVacated: "Netto-flytning (totaltømte boliger)",
  notFullyVacated: "Ikke-totaltømte boliger",
  total: "I alt",
  shareChangePp: "Andel, %-point",
} as const;

const windowText: Record<string, string> = {
  kalenderaar: "mindst én måned i referencedagens kalenderår",
  referencemaaned: "i referencedagens måned",
};

/** The definitions in Danish (for the CLI, the XLSX header, the web page and the report). */
export function definitionText(d: EvaluationDefinition): readonly string[] {
  return [
    `Beboere: personer på ${d.minimumAge}-${d.maximumAge} år med bopæl i en bolig i registeret den ${d.from.day} og den ${d.to.day}.`,
    `På overførselsindkomst: har modtaget en af ydelserne ${d.benefitCodes.join(", ")} ${windowText[d.benefitWindow] ?? d.benefitWindow}.`,
    `Totaltømt bolig: ingen af boligens beboere (alle aldre) den ${d.from.day} bor der den ${d.to.day}; en bolig, der var tom den ${d.from.day}, regnes som totaltømt. Ændringen i totaltømte boliger er netto-flytningen.`,
    `Områdetype: områdets type i ${d.fromYear}.`,
    `Indflyttere bor i boligen den ${d.to.day}, men ikke den ${d.from.day}; fraflyttere omvendt; fastboende begge dage.`,
  ];
}

/**
 * The table as it may be published: cells of the change table with fewer than
 * MINIMUM_CELL_PERSONS distinct persons behind them are withheld, with complements
 * (`suppressTwoWayTable`); a share is withheld when its group has fewer persons.
 */
export function publishLettingEvaluation(
  counts: LettingEvaluationCounts,
  definition: EvaluationDefinition,
  batch: { readonly id: number; readonly name: string },
  minimum: number = MINIMUM_CELL_PERSONS,
): PublishedEvaluation {
  const columns = ["fullyVacated", "notFullyVacated"] as const;
  const rowsByType = new Map([...counts.rows, counts.all].map((r) => [r.areaType, r]));
  const reasons = suppressTwoWayTable(
    {
      rows: counts.rows.map((r) => r.areaType),
      columns: [...columns],
      rowTotal: ALL,
      columnTotal: "total",
      persons: (row, column) => rowsByType.get(row)?.distinctPersons[column as DwellingClass | "total"] ?? 0,
    },
    minimum,
  );
  const text = (reason: SuppressionReason) => withheldText(reason, minimum);
  const publish = (row: EvaluationRow): PublishedRow => {
    const suppressed: Record<string, string> = {};
    const cell = (column: DwellingClass | "total", figures: Figures): number | null => {
      const reason = reasons.get(cellKey(row.areaType, column));
      if (reason === undefined) return change(figures);
      suppressed[column] = text(reason);
      return null;
    };
    // A share with its group's size known gives its count: the persons on transfer income and
    // the others must both be 0 or at least the minimum, as the group itself must.
    const share = (field: string, part: number, whole: number): number | null => {
      const reason = whole === 0 ? "under-minimum" : shareDisclosure(part, whole, minimum);
      if (reason === undefined) return percent(part, whole);
      suppressed[field] = text(reason);
      return null;
    };
    const shares = (field: string, f: Figures): PublishedShares => ({
      from: share(`${field}.from`, f.onTransferFrom, f.personsFrom),
      to: share(`${field}.to`, f.onTransferTo, f.personsTo),
    });
    const fullyVacated = cell("fullyVacated", row.fullyVacated);
    const notFullyVacated = cell("notFullyVacated", row.notFullyVacated);
    const total = cell("total", row.total);
    const share_ = shares("share", row.total);
    const small = share_.from === null || share_.to === null;
    if (small) suppressed.shareChangePp = text("under-minimum");
    return {
      areaType: row.areaType,
      label: areaTypeLabels[row.areaType] ?? row.areaType,
      fullyVacated,
      notFullyVacated,
      total,
      shareChangePp: small ? null : shareChangePp(row.total),
      share: share_,
      fullyVacatedShare: shares("fullyVacatedShare", row.fullyVacated),
      notFullyVacatedShare: shares("notFullyVacatedShare", row.notFullyVacated),
      moverInShare: share("moverInShare", row.movers.moverIn.onTransferTo, row.movers.moverIn.personsTo),
      moverOutShare: share(
        "moverOutShare",
        row.movers.moverOut.onTransferFrom,
        row.movers.moverOut.personsFrom,
      ),
      stayerShare: shares("stayerShare", row.movers.stayer),
      suppressed,
    };
  };
  return {
    from: definition.fromYear,
    to: definition.toYear,
    batch: { id: batch.id, name: batch.name },
    definition: {
      fromDay: definition.from.day,
      toDay: definition.to.day,
      benefitWindow: definition.benefitWindow,
      benefitCodes: [...definition.benefitCodes],
      minimumAge: definition.minimumAge,
      maximumAge: definition.maximumAge,
      text: definitionText(definition),
    },
    rows: counts.rows.map(publish),
    all: publish(counts.all),
    minimumCellPersons: minimum,
    notes: [
      `– : skjult, fordi cellen bygger på færre end ${minimum} personer, eller for at en skjult celle ikke kan regnes ud fra totalerne.`,
      "Andele i procent og ændringen i procentpoint er afrundet til én decimal; ændringen er regnet af de uafrundede andele.",
    ],
  };
}

/** Refuses a pair of years the evaluation cannot compare. */
export function checkEvaluationYears(from: number, to: number): void {
  if (!(Number.isInteger(from) && Number.isInteger(to)))
    throw new DomainError(
      "invalid_input",
      { da: "Fra- og til-år skal være hele årstal", en: "The from and to years must be whole years" },
      [{ field: Number.isInteger(from) ? "to" : "from", message: "ikke et årstal", en: "not a year" }],
    );
  if (to <= from)
    throw new DomainError(
      "invalid_input",
      {
        da: `Til-året (${to}) skal ligge efter fra-året (${from})`,
        en: `The to year (${to}) must be after the from year (${from})`,
      },
      [{ field: "to", message: `skal være efter ${from}`, en: `must be after ${from}` }],
    );
}
