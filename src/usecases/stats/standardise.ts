import type { Role } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { directStandardisation, type StratumCount } from "../../domain/statistics/direct-standardisation.ts";
import {
  MINIMUM_CELL_PERSONS,
  type SuppressionReason,
  suppressionText,
  suppressSmallCells,
} from "../../domain/statistics/disclosure.ts";
import { parseStratifiedCountsCsv } from "../../formats/csv/stratified-counts-csv.ts";
import { defineUseCase } from "../use-case.ts";
import { gammaQuantile } from "./gamma-quantile.ts";

/** Analysts and administrators compute statistics (goal c); the input is aggregated, so nothing is stored or audited. */
export const STANDARDISATION_ACCESS = ["admin", "analyst"] as const satisfies readonly Role[];

export interface StandardiseInput {
  readonly content: string | Uint8Array;
  readonly fileName: string;
  readonly group?: string | undefined;
  readonly reference?: string | undefined;
}

export interface RateSummary {
  readonly crude: number;
  readonly adjusted: number;
  readonly lci: number;
  readonly uci: number;
  readonly convicted: number;
  readonly persons: number;
}

export type StratumCell =
  | {
      readonly suppressed: false;
      readonly convicted: number;
      readonly persons: number;
      readonly rate: number | null;
    }
  | { readonly suppressed: true; readonly reason: SuppressionReason; readonly text: string };

export interface StandardiseResult {
  readonly groupName: string;
  readonly referenceName: string;
  readonly group: RateSummary;
  readonly reference: RateSummary;
  /** group adjusted / reference adjusted; null when the reference has no convictions. */
  readonly ratio: number | null;
  readonly ratioCi: {
    readonly lci: number | null;
    readonly uci: number | null;
    readonly method: "log-normal";
  };
  readonly level: number;
  readonly method: string;
  /** The standard (the reference group's distribution) and each group's counts, small cells withheld. */
  readonly strata: readonly {
    readonly stratum: string;
    readonly weight: number | null;
    readonly group: StratumCell;
    readonly reference: StratumCell;
  }[];
  readonly disclosure: string;
  readonly notes: readonly string[];
}

function chooseGroups(
  groups: readonly string[],
  input: StandardiseInput,
): { group: string; reference: string } {
  const known = (name: string, option: string) => {
    if (!groups.includes(name))
      throw new DomainError(
        "invalid_input",
        {
          da: `${option} »${name}« findes ikke i ${input.fileName}`,
          en: `${option} "${name}" is not in ${input.fileName}`,
        },
        [
          {
            source: input.fileName,
            field: "group",
            message: `grupperne i filen er: ${groups.join(", ")}`,
            en: `the groups in the file are: ${groups.join(", ")}`,
          },
        ],
      );
    return name;
  };
  if (input.group !== undefined && input.reference !== undefined)
    return { group: known(input.group, "--group"), reference: known(input.reference, "--reference") };
  if (input.group !== undefined && groups.length === 2)
    return { group: known(input.group, "--group"), reference: groups.find((g) => g !== input.group) ?? "" };
  if (input.reference !== undefined && groups.length === 2)
    return {
      group: groups.find((g) => g !== input.reference) ?? "",
      reference: known(input.reference, "--reference"),
    };
  if (input.group === undefined && input.reference === undefined && groups.length === 2)
    return { group: groups[0] ?? "", reference: groups[1] ?? "" };
  throw new DomainError(
    "invalid_input",
    {
      da: `${input.fileName} har ${groups.length} ${groups.length === 1 ? "gruppe" : "grupper"} (${groups.join(", ")}): angiv både --group og --reference`,
      en: `${input.fileName} has ${groups.length} ${groups.length === 1 ? "group" : "groups"} (${groups.join(", ")}): give both --group and --reference`,
    },
    [
      {
        source: input.fileName,
        field: "group",
        message: "gruppen og referencegruppen kan kun vælges af sig selv, når filen har præcis to grupper",
        en: "the group and the reference group can be chosen automatically only when the file has exactly two groups",
      },
    ],
  );
}

/**
 * Goal c on aggregated input: convictions per person in a group against a reference group, crude
 * and directly standardised to the reference group's distribution over the strata, with
 * Fay–Feuer gamma intervals and the ratio. Strata with fewer than 5 persons are not shown.
 */
export const standardiseRates = defineUseCase(
  "standardisere domsrater",
  STANDARDISATION_ACCESS,
  async (_ctx, _actor, input: StandardiseInput): Promise<StandardiseResult> => {
    const rows = parseStratifiedCountsCsv(input.content, input.fileName);
    const groups = [...new Set(rows.map((r) => r.group))];
    const { group, reference } = chooseGroups(groups, input);
    const countsOf = (name: string): StratumCount[] =>
      rows
        .filter((r) => r.group === name)
        .map((r) => ({ stratum: r.stratum, events: r.convicted, persons: r.persons }));
    return compareStandardised(group, reference, countsOf(group), countsOf(reference));
  },
);

/**
 * A group's convictions per person against a reference group's, crude and directly standardised
 * to the reference group's distribution over the strata, with Fay–Feuer gamma intervals and the
 * ratio; strata under the minimum cell (and their complements) withheld from the table. Shared by
 * the CSV input above and goal c computed from register data.
 */
export function compareStandardised(
  group: string,
  reference: string,
  groupCounts: readonly StratumCount[],
  referenceCounts: readonly StratumCount[],
): StandardiseResult {
  const result = directStandardisation(
    { groupName: group, referenceName: reference, group: groupCounts, reference: referenceCounts },
    gammaQuantile,
  );
  const cellsOf = (counts: readonly StratumCount[]) => {
    const present = new Map(counts.map((c) => [c.stratum, c]));
    const all = result.strata.map(
      (s) => present.get(s.stratum) ?? { stratum: s.stratum, events: 0, persons: 0 },
    );
    return new Map(suppressSmallCells(all).map((c) => [c.stratum, c]));
  };
  const groupCells = cellsOf(groupCounts);
  const referenceCells = cellsOf(referenceCounts);
  const shown = (cell: ReturnType<typeof suppressSmallCells>[number] | undefined): StratumCell =>
    cell === undefined || cell.suppressed
      ? {
          suppressed: true,
          reason: cell?.suppressed ? cell.reason : "under-minimum",
          text: suppressionText[cell?.suppressed ? cell.reason : "under-minimum"],
        }
      : {
          suppressed: false,
          convicted: cell.events,
          persons: cell.persons,
          rate: cell.persons === 0 ? null : cell.events / cell.persons,
        };
  const strata = result.strata.map((s) => {
    const g = shown(groupCells.get(s.stratum));
    const r = shown(referenceCells.get(s.stratum));
    // The weight is the reference group's share: withheld with the reference's cell.
    return { stratum: s.stratum, weight: r.suppressed ? null : s.weight, group: g, reference: r };
  });
  const summary = (rate: typeof result.group): RateSummary => ({
    crude: rate.crude,
    adjusted: rate.adjusted,
    lci: rate.lci,
    uci: rate.uci,
    convicted: rate.events,
    persons: rate.persons,
  });
  const withheld = strata.filter((s) => s.group.suppressed || s.reference.suppressed).length;
  return {
    groupName: group,
    referenceName: reference,
    group: summary(result.group),
    reference: summary(result.reference),
    ratio: result.ratio.estimate,
    ratioCi: { lci: result.ratio.lci, uci: result.ratio.uci, method: result.ratio.method },
    level: result.level,
    method:
      "direkte standardisering til referencegruppens fordeling over strata; 95 %-intervaller for de standardiserede rater efter Fay & Feuer (1997, gammafordelingen), for forholdet log-normalt",
    strata,
    disclosure:
      withheld === 0
        ? `Ingen strata har under ${MINIMUM_CELL_PERSONS} personer; alle vises.`
        : `${withheld} ${withheld === 1 ? "stratum" : "strata"} vises ikke enkeltvis (færre end ${MINIMUM_CELL_PERSONS} personer, eller skjult så de ikke kan regnes ud fra totalen); totaler og rater er beregnet af alle strata.`,
    notes: result.notes,
  };
}
