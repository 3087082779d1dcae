import { type Command, InvalidArgumentError, Option } from "commander";
import type { Actor } from "../domain/access.ts";
import { type ListKind, listKinds } from "../domain/areas/rule-version.ts";
import type { AreaFactsFiles } from "../usecases/areas/area-facts-source.ts";
import type { UseCaseContext } from "../usecases/use-case.ts";
import { isoDateArgument, yearArgument } from "./arguments.ts";
import { type GlobalOptions, withoutDatabase, withUseCases } from "./context.ts";
import { readTextFile, streamTextFile } from "./files.ts";
import { printJson } from "./output.ts";

const listOption = () =>
  new Option(
    "--list <kind>",
    "listen: combined_letting (kombineret udlejning), vulnerable_areas (ghettolisten, udsatte boligområder m.fl.) eller copenhagen_typology (kommunens typologi). Standard: combined_letting, når en regel for den er i kraft på datoen (fra 1. juni 2005), ellers vulnerable_areas",
  ).choices(listKinds);

/**
 * Facts from --input/--reference files (no database is opened), else from the database; `origin`
 * says which, for the printout.
 */
function withFacts<T>(
  globals: GlobalOptions,
  opts: { input?: string; reference?: string },
  work: (ctx: UseCaseContext, actor: Actor, files: AreaFactsFiles | undefined, origin: string) => Promise<T>,
): Promise<T> {
  if (opts.input !== undefined) {
    const files: AreaFactsFiles = {
      facts: readTextFile(opts.input),
      reference: opts.reference === undefined ? undefined : readTextFile(opts.reference),
    };
    const origin = opts.input;
    return withoutDatabase((ctx, actor) => work(ctx, actor, files, origin));
  }
  return withUseCases(globals, (ctx, actor, handle) =>
    work(ctx, actor, undefined, `databasen (${handle.kind}, ${handle.location})`),
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
        const [{ classifyAreasOn }, { printClassification }] = await Promise.all([
          import("../usecases/areas/classify-areas.ts"),
          import("./areas-output.ts"),
        ]);
        await withFacts(globals(), opts, async (ctx, actor, files, origin) => {
          const c = await classifyAreasOn(ctx, actor, {
            date: opts.rules,
            listKind: opts.list,
            factsYear: opts.year,
            files,
          });
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
        const [{ attributeListChangeBetween }, { printAttribution }] = await Promise.all([
          import("../usecases/areas/attribute-list-change.ts"),
          import("./areas-output.ts"),
        ]);
        await withFacts(globals(), opts, async (ctx, actor, files, origin) => {
          const a = await attributeListChangeBetween(ctx, actor, {
            fromDate: opts.from,
            toDate: opts.to,
            listKind: opts.list,
            files,
          });
          if (opts.json) printJson(a);
          else printAttribution(a, origin);
        });
      },
    );

  areas
    .command("watch")
    .description(
      "tidlig varsling: hvert områdes afstand til listernes grænser, fremskrevne fakta og sandsynligheden for at være på den næste liste (uden --list: alle lister)",
    )
    .requiredOption(
      "--rules <YYYY-MM-DD>",
      "datoen, hvis lister i kraft og næste liste bruges",
      isoDateArgument,
    )
    .option("--input <file.csv>", "områdefakta fra en CSV-fil i stedet for databasen (kræver ingen database)")
    .option("--reference <file.csv>", "referencefakta (landsandel dømte, regionens indkomst) til --input")
    .addOption(
      new Option(
        "--list <kind>",
        "kun denne liste: combined_letting, vulnerable_areas eller copenhagen_typology",
      ).choices(listKinds),
    )
    .option("--draws <n>", "antal Monte Carlo-træk pr. område (standard 1.000)", (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError(`»${v}« er ikke et positivt helt tal`);
      return n;
    })
    .option("--json", "maskinlæsbart output: områderne rangeret efter sandsynlighed")
    .action(
      async (opts: {
        rules: string;
        input?: string;
        reference?: string;
        list?: ListKind;
        draws?: number;
        json?: boolean;
      }) => {
        const [{ watchAreas }, { printWatchList }] = await Promise.all([
          import("../usecases/areas/watch-areas.ts"),
          import("./areas-watch-output.ts"),
        ]);
        await withFacts(globals(), opts, async (ctx, actor, files, origin) => {
          const w = await watchAreas(ctx, actor, {
            date: opts.rules,
            listKind: opts.list,
            draws: opts.draws,
            files,
          });
          if (opts.json) printJson(w.areas);
          else printWatchList(w, origin);
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
      const facts = await streamTextFile(file);
      const reference = opts.reference === undefined ? undefined : readTextFile(opts.reference);
      const { importAreaFacts } = await import("../usecases/areas/import-area-facts.ts");
      await withUseCases(globals(), async (ctx, actor) => {
        const outcome = await importAreaFacts(ctx, actor, { facts, reference });
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
      const { importPublishedLists } = await import("../usecases/areas/import-published-lists.ts");
      await withUseCases(globals(), async (ctx, actor) => {
        const outcome = await importPublishedLists(ctx, actor, upload);
        process.stdout.write(
          `${outcome.fileName}: ${outcome.rows} rækker indlæst i ${outcome.lists.join(", ")} (${outcome.replaced} tidligere rækker erstattet)\n`,
        );
      });
    });
}
