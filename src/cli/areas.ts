import { type Command, Option } from "commander";
import { categoryNames } from "../domain/areas/area-category.ts";
import type { ListChangeAttribution } from "../domain/areas/attribute-list-change.ts";
import { type ListKind, listKinds } from "../domain/areas/rule-version.ts";
import { formatDate } from "../domain/format.ts";
import { cliActor } from "../usecases/actor.ts";
import {
  type AreaFactsSource,
  attribute,
  classify,
  type DisplayedClassification,
  defaultListKind,
  factsFromDatabase,
  factsFromFiles,
  importAreaFacts,
  importPublishedLists,
} from "../usecases/areas/areas.service.ts";
import { ruleParameters } from "../usecases/rules/rules.service.ts";
import { isoDateArgument, yearArgument } from "./arguments.ts";
import type { GlobalOptions } from "./context.ts";
import { withDatabase } from "./context.ts";
import { readTextFile } from "./files.ts";
import { printJson, printTable } from "./output.ts";

const listKindNames: Readonly<Record<ListKind, string>> = {
  combined_letting: "Områder med kombineret udlejning",
  vulnerable_areas: "Udsatte boligområder / ghettolisten",
  copenhagen_typology: "Københavns Kommunes områdetypologi",
};

const listOption = () =>
  new Option(
    "--list <kind>",
    "listen: combined_letting (kombineret udlejning), vulnerable_areas (ghettolisten, udsatte boligområder m.fl.) eller copenhagen_typology (kommunens typologi). Standard: combined_letting, når en regel for den er i kraft på datoen (fra 1. juni 2005), ellers vulnerable_areas",
  ).choices(listKinds);

/** Facts from --input/--reference files (no database), else from the database. */
async function withFacts<T>(
  globals: GlobalOptions,
  opts: { input?: string; reference?: string },
  listKind: ListKind,
  work: (source: AreaFactsSource, origin: string) => Promise<T>,
): Promise<T> {
  if (opts.input !== undefined) {
    const source = factsFromFiles(
      readTextFile(opts.input),
      opts.reference === undefined ? undefined : readTextFile(opts.reference),
    );
    return work(source, opts.input);
  }
  return withDatabase(globals, async (handle) =>
    work(await factsFromDatabase(handle.db, listKind), `databasen (${handle.kind}, ${handle.location})`),
  );
}

function printClassification(c: DisplayedClassification, origin: string): void {
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
}

const effectText = (e: -1 | 0 | 1) => (e > 0 ? "+1 (på)" : e < 0 ? "-1 (af)" : "0");

function printAttribution(a: ListChangeAttribution, origin: string): void {
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

export function registerAreasCommands(program: Command, globals: () => GlobalOptions): void {
  const areas = program
    .command("areas")
    .description("boligområder: udpegning efter daterede regler, regelændring vs. reel ændring, områdefakta");

  areas
    .command("classify")
    .description(
      "udpeg områderne efter reglerne i kraft på en dato; uden --input bruges områdefakta i databasen",
    )
    .requiredOption("--rules <YYYY-MM-DD>", "datoen, hvis regler (og liste) bruges", isoDateArgument)
    .option("--input <file.csv>", "områdefakta fra en CSV-fil i stedet for databasen (kræver ingen database)")
    .option("--reference <file.csv>", "referencefakta (landsandel dømte, regionens indkomst) til --input")
    .option(
      "--year <year>",
      "faktaår Y (standard: konventionen, året før listens år); de tidligere lister, som »år i træk« tæller, læser så Y-1, Y-2, …",
      yearArgument,
    )
    .addOption(listOption())
    .option("--json", "maskinlæsbart output")
    .action(
      async (opts: {
        rules: string;
        input?: string;
        reference?: string;
        year?: number;
        list?: ListKind;
        json?: boolean;
      }) => {
        const kind = opts.list ?? defaultListKind(opts.rules);
        const params = await ruleParameters();
        await withFacts(globals(), opts, kind, async (source, origin) => {
          const c = classify(source, { date: opts.rules, listKind: kind, factsYear: opts.year }, params);
          if (opts.json) printJson(c);
          else printClassification(c, origin);
        });
      },
    );

  areas
    .command("attribute")
    .description(
      "del ændringen i en liste mellem to datoer op i regelændringens og de reelle ændringers virkning, område for område",
    )
    .requiredOption("--from <YYYY-MM-DD>", "den gamle listes dato", isoDateArgument)
    .requiredOption("--to <YYYY-MM-DD>", "den nye listes dato", isoDateArgument)
    .option("--input <file.csv>", "områdefakta fra en CSV-fil i stedet for databasen")
    .option("--reference <file.csv>", "referencefakta til --input")
    .addOption(listOption())
    .option("--json", "maskinlæsbart output")
    .action(
      async (opts: {
        from: string;
        to: string;
        input?: string;
        reference?: string;
        list?: ListKind;
        json?: boolean;
      }) => {
        const kind = opts.list ?? defaultListKind(opts.from, opts.to);
        const params = await ruleParameters();
        await withFacts(globals(), opts, kind, async (source, origin) => {
          const a = attribute(source, { fromDate: opts.from, toDate: opts.to, listKind: kind }, params);
          if (opts.json) printJson(a);
          else printAttribution(a, origin);
        });
      },
    );

  areas
    .command("import")
    .description(
      "indlæs områdefakta fra CSV i databasen: alt eller intet, rækker med samme år og afdeling erstattes, og hver fejl meldes med række og kolonne",
    )
    .argument("<file.csv>", "områdefakta, én række pr. afdeling pr. år")
    .option("--reference <file.csv>", "referencefakta (landsandel dømte, regionens indkomst)")
    .action(async (file: string, opts: { reference?: string }) => {
      const facts = readTextFile(file);
      const reference = opts.reference === undefined ? undefined : readTextFile(opts.reference);
      await withDatabase(globals(), async (handle) => {
        const outcome = await importAreaFacts(handle.db, cliActor(), facts, reference);
        process.stdout.write(
          `${outcome.fileName}: ${outcome.rows} rækker indlæst (${outcome.inserted} nye, ${outcome.replaced} erstattet) for ${outcome.years.join(", ")}\n`,
        );
        if (outcome.reference) {
          process.stdout.write(
            `${outcome.reference.fileName}: ${outcome.reference.rows} referencefakta indlæst (${outcome.reference.replaced} erstattet)\n`,
          );
        }
      });
    });

  areas
    .command("import-published")
    .description(
      "indlæs ministeriets offentliggjorte lister fra CSV (list_kind,year,area_id,category,source): den juridiske kilde til »N år i træk«; en liste erstatter samme liste og år",
    )
    .argument("<file.csv>", "én række pr. område pr. liste")
    .action(async (file: string) => {
      const upload = readTextFile(file);
      await withDatabase(globals(), async (handle) => {
        const outcome = await importPublishedLists(handle.db, cliActor(), upload);
        process.stdout.write(
          `${outcome.fileName}: ${outcome.rows} rækker indlæst i ${outcome.lists.join(", ")} (${outcome.replaced} tidligere rækker erstattet)\n`,
        );
      });
    });
}
