import { categoryNames } from "../domain/areas/area-category.ts";
import { distanceUnitNames } from "../domain/areas/watch/distance.ts";
import { probabilityText } from "../domain/areas/watch/watch-list.ts";
import { formatDate, formatNumber } from "../domain/format.ts";
import type { PublishedWatchList } from "../usecases/areas/watch-areas.ts";
import { printTable } from "./output.ts";

type AreaWatch = PublishedWatchList["areas"][number];

/** How `udsyn areas watch` prints the watch list for people (`--json` prints the ranked areas). */

function statusText(a: AreaWatch): string {
  if (a.listedNow === null) return "ingen liste / kan ikke vurderes";
  if (!a.listedNow) return "nej";
  return a.categoryNow === null ? "ja" : `ja (${categoryNames[a.categoryNow]})`;
}

function chanceText(a: AreaWatch): string {
  if (a.probability === null) return a.reason ?? "kan ikke vurderes";
  const p = probabilityText(a.probability);
  return a.listedNow ? `bliver på: ${p}` : `kommer på: ${p}`;
}

function distancesText(a: AreaWatch): string {
  const block = a.distances.at(-1);
  if (!block) return "-";
  return block.criteria
    .filter((c) => !c.derived)
    .map((c) => `${c.met ? "✓" : "✗"} ${c.text}`)
    .join("\n");
}

function projectionText(a: AreaWatch): string {
  const p = a.projection;
  if (!p || p.projectedYears.length === 0) return p ? `fakta for ${p.factsYear} er kendt` : "-";
  const decimals = (c: { unit: string }) =>
    c.unit === "beboere" ? 0 : c.unit === "gange_landsgennemsnittet" ? 2 : 1;
  return p.criteria
    .map(
      (c) =>
        `${formatNumber(c.projected, decimals(c))} (${formatNumber(c.low, decimals(c))}-${formatNumber(c.high, decimals(c))}) ${distanceUnitNames[c.unit]} mod ${formatNumber(c.threshold, decimals(c))}`,
    )
    .join("\n");
}

export function printWatchList(w: PublishedWatchList, origin: string): void {
  process.stdout.write(`Overvågning af boligområder den ${formatDate(w.date)}\n`);
  for (const note of w.notes) process.stdout.write(`${note}\n`);
  for (const list of w.lists) {
    process.stdout.write(`\n${list.listName}\n`);
    process.stdout.write(
      `  I kraft: ${list.current ? `${list.current.ruleVersionId}, listen fra ${formatDate(list.current.effectiveDate)} (fakta for ${list.current.factsYear})` : "ingen regel"}\n`,
    );
    process.stdout.write(
      `  Næste liste: ${list.next ? `${formatDate(list.next.effectiveDate)}, ${list.next.ruleVersionId} (fakta for ${list.next.factsYear})` : "ingen inden for tre år"}\n`,
    );
    for (const note of list.notes) process.stdout.write(`  ${note}\n`);
    const areas = w.areas.filter((a) => a.listKind === list.listKind);
    printTable(
      [
        "Område",
        "På listen nu",
        "Sandsynlighed, næste liste",
        "Afstand til grænserne",
        "Fremskrevet (10-90 %)",
      ],
      areas.map((a) => [a.areaName, statusText(a), chanceText(a), distancesText(a), projectionText(a)]),
      [24, 14, 22, 46, 40],
    );
  }
  process.stdout.write(
    [
      "",
      `Metode: lineær tendens pr. afdeling og nøgletal over højst 6 kendte år, ${formatNumber(w.draws)} træk med tilfældig støj (frø ${w.seed}), og de gældende regler anvendt på hvert træk. Sandsynligheden er et skøn, ikke en afgørelse: listen fastsættes af ministeriet.`,
      `Områdefakta: ${origin}`,
      "",
    ].join("\n"),
  );
}
