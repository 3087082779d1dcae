import { categoryNames } from "../domain/areas/area-category.ts";
import type { ListChangeAttribution } from "../domain/areas/attribute-list-change.ts";
import type { ListKind } from "../domain/areas/rule-version.ts";
import { formatDate } from "../domain/format.ts";
import type { ClassificationWithSources } from "../usecases/areas/classify-areas.ts";
import { printTable } from "./output.ts";

/** How `udsyn areas` prints a classification and an attribution for people (`--json` prints the data). */

const listKindNames: Readonly<Record<ListKind, string>> = {
  combined_letting: "Områder med kombineret udlejning",
  vulnerable_areas: "Udsatte boligområder / ghettolisten",
  copenhagen_typology: "Københavns Kommunes områdetypologi",
};

export function printClassification(c: ClassificationWithSources, origin: string): void {
  const legend = new Map<string, { n: number; label: string }>();
  for (const area of c.areas)
    for (const criterion of area.criteria)
      if (!legend.has(criterion.id)) legend.set(criterion.id, { n: legend.size + 1, label: criterion.label });
  const listed = c.areas.filter((a) => a.listed).length;
  process.stdout.write(
    `${listKindNames[c.listKind]} den ${formatDate(c.date)}: ${listed} af ${c.areas.length} områder på listen\n`,
  );
  for (const note of c.notes) process.stdout.write(`${note}\n`);
  printTable(
    ["Område", "På listen", "Kategori", "Kriterier: værdi mod tærskel"],
    c.areas.map((a) => [
      a.areaName,
      a.listed ? "ja" : "nej",
      !a.assessable ? "kan ikke vurderes" : a.category === null ? "-" : categoryNames[a.category],
      a.notAssessable?.message ??
        a.criteria
          .map(
            (k) =>
              `${legend.get(k.id)?.n}. ${k.valueText} ${k.comparatorSymbol} ${k.thresholdText} ${k.met ? "✓" : "✗"}`,
          )
          .join("\n"),
    ]),
    [28, 11, 26, 40],
  );
  process.stdout.write("Kriterier:\n");
  for (const { n, label } of legend.values()) process.stdout.write(`  ${n}. ${label}\n`);
  process.stdout.write(
    [
      `Regelversion: ${c.ruleVersion.id} (${c.ruleVersion.name})`,
      `Kilde: ${c.sourceText}${c.ruleVersion.source.url ? ` (${c.ruleVersion.source.url})` : ""}`,
      `Listen i kraft ${formatDate(c.date)} er listen for ${c.listYear} og bygger på fakta for ${c.factsYear}.`,
      `Områdefakta: ${origin}`,
      "",
    ].join("\n"),
  );
  const listedAreas = c.areas.filter((a) => a.listed);
  if (listedAreas.length > 0) {
    process.stdout.write("Kilde til områdernes fakta (områder på listen):\n");
    for (const area of listedAreas)
      process.stdout.write(
        `  ${area.areaName}: ${area.factsSources.map((s) => s.text).join("; ") || "ukendt"}\n`,
      );
  }
}

const effectText = (e: -1 | 0 | 1) => (e > 0 ? "+1 (på)" : e < 0 ? "-1 (af)" : "0");

export function printAttribution(a: ListChangeAttribution, origin: string): void {
  const sideText = (s: ListChangeAttribution["before"]) =>
    `${formatDate(s.date)}: ${s.ruleVersionId}, fakta for ${s.factsYear}, ${s.listed} områder på listen`;
  process.stdout.write(
    [
      `${listKindNames[a.listKind]}`,
      `  Før (gamle regler, gamle fakta):  ${sideText(a.before)}`,
      `  Nye regler på gamle fakta:        ${sideText(a.counterfactual)}`,
      `  Efter (nye regler, nye fakta):    ${sideText(a.after)}`,
      "",
    ].join("\n"),
  );
  const yesNo = (b: boolean) => (b ? "ja" : "nej");
  printTable(
    ["Område", "Før", "Nye regler, gamle fakta", "Efter", "Regelændring", "Reel ændring"],
    a.areas.map((x) => [
      x.areaName,
      yesNo(x.oldRulesOldFacts),
      yesNo(x.newRulesOldFacts),
      yesNo(x.newRulesNewFacts),
      effectText(x.ruleChangeEffect),
      effectText(x.realChangeEffect),
    ]),
  );
  process.stdout.write(
    `I alt: regelændringen ${a.ruleChangeEffect >= 0 ? "+" : ""}${a.ruleChangeEffect}, reelle ændringer ${a.realChangeEffect >= 0 ? "+" : ""}${a.realChangeEffect}\n\n${a.summary}\n\nOmrådefakta: ${origin}\n`,
  );
}
