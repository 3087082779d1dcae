import { writeFileSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import { formatDate } from "../domain/format.ts";
import type { LettingDecisionKind } from "../domain/letting/decision-kind.ts";
import { cliActor } from "../usecases/actor.ts";
import { prioritiseFlexibleLettingRequest } from "../usecases/letting/flexible-letting.ts";
import {
  databaseFacts,
  decideCombinedLettingRequest,
  decisionLetter,
  readDecisionList,
  replayStoredDecision,
  resultNames,
  storeDecision,
} from "../usecases/letting/decide-combined-letting.ts";
import {
  parseCombinedLettingRequest,
  parseFlexibleLettingRequest,
} from "../usecases/letting/letting-input.ts";
import { ruleParameters } from "../usecases/rules/rules.service.ts";
import type { GlobalOptions } from "./context.ts";
import { withDatabase } from "./context.ts";
import { readJsonFile } from "./files.ts";
import { printJson, printTable } from "./output.ts";

function idArgument(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("et afgørelsesnummer, fx 12");
  return n;
}

export function registerLettingCommands(program: Command, globals: () => GlobalOptions): void {
  const letting = program
    .command("letting")
    .description("udlejning: kombineret og fleksibel udlejning, afgørelser, genafspilning og brev");

  letting
    .command("decide")
    .description(
      "afgør en ansøgning om kombineret udlejning (almenboligloven § 51 b) og skriv begrundelsen; uden designation i filen slås områdets udpegning op i områdefakta i databasen",
    )
    .requiredOption(
      "--input <application.json>",
      'ansøgningen: {"application": {...}, "designation"?: {...}} (se data/demo/applications/)',
    )
    .option("--store", "gem afgørelsen i databasen med regelversion, input, parametre og begrundelse")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { input: string; store?: boolean; json?: boolean }) => {
      const request = parseCombinedLettingRequest(readJsonFile(opts.input), opts.input);
      const params = await ruleParameters();
      const report = async (
        id: number | undefined,
        decided: Awaited<ReturnType<typeof decideCombinedLettingRequest>>,
      ) => {
        const { decision } = decided;
        if (opts.json) return printJson({ ...(id === undefined ? {} : { id }), ...decided });
        process.stdout.write(decision.justification.text);
        process.stdout.write(
          `\n---\nResultat: ${resultNames[decision.result] ?? decision.result}; erstatningsbolig: ${decision.replacementOffer ? "ja" : "nej"}; regelversion: ${decision.ruleVersion.id}; udpegning: ${decided.designationSource === "given" ? "oplyst i filen" : "slået op i områdefakta"}\n`,
        );
        if (id !== undefined) process.stdout.write(`Gemt som afgørelse nr. ${id}.\n`);
      };
      if (!opts.store && request.designation !== undefined) {
        return report(undefined, await decideCombinedLettingRequest(request, params, undefined));
      }
      await withDatabase(globals(), async (handle) => {
        const decided = await decideCombinedLettingRequest(request, params, databaseFacts(handle.db));
        const record = opts.store ? await storeDecision(handle.db, cliActor(), decided.decision) : undefined;
        await report(record?.id, decided);
      });
    });

  letting
    .command("decisions")
    .description("de gemte afgørelser, nyeste først (læsningen logges)")
    .addOption(
      new Option("--kind <kind>", "kun én slags afgørelse").choices(["combined_letting", "relocation_grant"]),
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { kind?: LettingDecisionKind; json?: boolean }) =>
      withDatabase(globals(), async (handle) => {
        const decisions = await readDecisionList(handle.db, cliActor(), { kind: opts.kind, limit: 500 });
        if (opts.json) return printJson({ decisions });
        printTable(
          ["Nr.", "Slags", "Dato", "Område", "Pseudonym", "Resultat", "Regelversion"],
          decisions.map((d) => [
            String(d.id),
            d.kind,
            d.decisionDate,
            d.areaId,
            d.subjectPseudonym,
            resultNames[d.result] ?? d.result,
            d.ruleVersion,
          ]),
        );
      }),
    );

  letting
    .command("replay")
    .description(
      "genafspil en gemt afgørelse med dagens parametre: identisk, eller hvilke parametre der har ændret den",
    )
    .requiredOption("--id <n>", "afgørelsens nummer", idArgument)
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { id: number; json?: boolean }) =>
      withDatabase(globals(), async (handle) => {
        const replay = await replayStoredDecision(handle.db, cliActor(), opts.id, await ruleParameters());
        if (opts.json) return printJson(replay);
        process.stdout.write(`${replay.kind === "identical" ? "Identisk" : "Afviger"}: ${replay.summary}\n`);
        if (replay.changedParameters.length > 0) {
          printTable(
            ["Parameter", "Gemt værdi", "Værdi i dag"],
            replay.changedParameters.map((c) => [
              c.id,
              JSON.stringify(c.storedValue),
              JSON.stringify(c.currentValue),
            ]),
            [60, 24, 24],
          );
        }
      }),
    );

  letting
    .command("letter")
    .description("skriv en gemt afgørelses begrundelse som brev (PDF)")
    .requiredOption("--id <n>", "afgørelsens nummer", idArgument)
    .requiredOption("--out <file.pdf>", "PDF-filen, der skrives")
    .action(async (opts: { id: number; out: string }) =>
      withDatabase(globals(), async (handle) => {
        const { record, pdf } = await decisionLetter(handle.db, cliActor(), opts.id);
        writeFileSync(opts.out, pdf);
        process.stdout.write(
          `${opts.out}: brev for afgørelse nr. ${record.id} (${formatDate(record.decisionDate)}, ${resultNames[record.result] ?? record.result}), ${pdf.length} byte\n`,
        );
      }),
    );

  letting
    .command("flexible")
    .description(
      "fleksibel udlejning (almenboligloven § 60): rækkefølgen for én ledig bolig, den reserverede andel og begrundelsen; uden areaShareOutside i filen bruges områdefakta i databasen",
    )
    .requiredOption(
      "--input <vacancy.json>",
      '{"date", "vacancy": {...}, "applicants": [...], "areaShareOutside"?: {...}} (se data/demo/applications/)',
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { input: string; json?: boolean }) => {
      const request = parseFlexibleLettingRequest(readJsonFile(opts.input), opts.input);
      const params = await ruleParameters();
      const run = async (facts: Parameters<typeof prioritiseFlexibleLettingRequest>[2]) => {
        const result = await prioritiseFlexibleLettingRequest(request, params, facts);
        if (opts.json) return printJson(result);
        process.stdout.write(
          `Reserveret andel: ${result.reservedShare.display}; boligen udlejes ${result.vacancyIsFlexible ? "fleksibelt" : "efter den almindelige venteliste"}\n`,
        );
        printTable(
          ["Nr.", "Pseudonym", "Venteliste", "Fortrinsret", "Begrundelse"],
          result.order.map((o) => [
            String(o.rank),
            o.pseudonym,
            String(o.waitingListPosition),
            o.priority ? "ja" : "nej",
            o.reason,
          ]),
          [6, 14, 12, 13, 60],
        );
        process.stdout.write(`\n${result.justification.text}`);
      };
      if (request.areaShareOutside !== undefined) return run(undefined);
      await withDatabase(globals(), async (handle) => run(databaseFacts(handle.db)));
    });
}
