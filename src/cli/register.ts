import { readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { DomainError } from "../domain/errors.ts";
import { registerFileNames } from "../domain/register/codes.ts";
import type {
  ImportedFile,
  ImportProgress,
  ImportRegisterOutcome,
} from "../usecases/register/import-register-batch.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson } from "./output.ts";
import { unreadable } from "./unreadable.ts";

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError("et positivt heltal, fx 60000");
  return Number(value);
}

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError("et heltal, fx 1");
  return Number(value);
}

/** The CSV and Parquet files of a batch folder, by path: they are read as streams, never whole. */
function batchFolder(dir: string): { fileName: string; path: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.(csv|parquet)$/i.test(name));
  } catch (error) {
    throw unreadable(dir, error, "folder");
  }
  return names.sort().map((name) => ({ fileName: name, path: join(dir, name) }));
}

const ENCODING_LABEL = { "utf-8": "UTF-8", "latin-1": "Latin-1" } as const;

/** The summary's tail: encodings and delimiters (as one word when all files agree) and the time. */
function summaryTail(outcome: ImportRegisterOutcome, seconds: number): string {
  const files = Object.entries(outcome.files ?? {});
  const csv = files.filter(([, f]) => f.format === "csv");
  const describe = (label: (f: ImportedFile) => string): string => {
    const labels = new Set(csv.map(([, f]) => label(f)));
    if (labels.size <= 1) return [...labels].join("");
    return csv.map(([name, f]) => `${name} ${label(f)}`).join(", ");
  };
  const parts: string[] = [];
  if (csv.length > 0) {
    parts.push(`tegnsæt ${describe((f) => (f.encoding ? ENCODING_LABEL[f.encoding] : "?"))}`);
    parts.push(`skilletegn ${describe((f) => (f.delimiter === ";" ? "semikolon" : "komma"))}`);
  }
  const parquet = files.filter(([, f]) => f.format === "parquet").length;
  if (parquet > 0) parts.push(`${parquet} Parquet-${parquet === 1 ? "fil" : "filer"}`);
  const rows = Object.values(outcome.rowCounts).reduce((a, b) => a + b, 0);
  parts.push(
    `${formatNumber(rows)} rækker på ${seconds.toLocaleString("da-DK", { maximumFractionDigits: 1 })} s (${formatNumber(Math.round(rows / Math.max(seconds, 0.001)))} rækker/s)`,
  );
  return parts.join("; ");
}

const formatNumber = (n: number): string => n.toLocaleString("da-DK");

/** A progress bar on a terminal (rows per file, rows per second); nothing when stderr is piped. */
async function progressBar(): Promise<
  { onProgress: (p: ImportProgress) => void; stop: () => void } | undefined
> {
  if (!process.stderr.isTTY) return undefined;
  const { Presets, SingleBar } = await import("cli-progress");
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: " {file} |{bar}| {value}/{total} rækker | {speed} rækker/s | {phase}",
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let current: string | undefined;
  let started = performance.now();
  const speed = (rows: number) =>
    formatNumber(Math.round(rows / Math.max((performance.now() - started) / 1000, 0.001)));
  return {
    onProgress(p) {
      if (p.phase === "read" && p.file !== undefined) {
        const rows = p.rows ?? 0;
        if (p.file !== current) {
          if (current !== undefined) bar.stop();
          current = p.file;
          started = performance.now();
          bar.start(Math.max(p.expectedRows ?? 0, rows), rows, { file: p.file, speed: "0", phase: "læser" });
        } else {
          bar.setTotal(Math.max(p.expectedRows ?? 0, rows));
          bar.update(rows, { speed: speed(rows) });
        }
      } else if (current !== undefined) {
        bar.update({ phase: p.phase === "check" ? "kontrollerer på tværs af filer" : "gemmer" });
      }
    },
    stop: () => bar.stop(),
  };
}

export function registerRegisterCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command("synth")
    .description(
      "skriv en syntetisk, pseudonymiseret registerbefolkning (en København-lignende by 2006-2012) som CSV i importformatet (docs/REGISTER.md); samme --seed giver de samme filer",
    )
    .requiredOption(
      "--persons <n>",
      "antal personer 1. januar 2006 (tilflyttere kommer oveni)",
      positiveInteger,
    )
    .option("--seed <s>", "frø til den tilfældige talrække", integer, 1)
    .requiredOption("--out <dir>", "mappen filerne skrives i (oprettes)")
    .action(async (opts: { persons: number; seed: number; out: string }) => {
      const { synthesiseFolder } = await import("../usecases/register/synthesise-folder.ts");
      let summary: Awaited<ReturnType<typeof synthesiseFolder>>;
      try {
        summary = await synthesiseFolder(opts.out, { persons: opts.persons, seed: opts.seed });
      } catch (error) {
        // A file-system error (no such folder, no room) is the user's to fix: say where.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new DomainError(
          "invalid_input",
          { da: `Kan ikke skrive i ${opts.out}: ${code}`, en: `Cannot write to ${opts.out}: ${code}` },
          [{ field: "--out", message: (error as Error).message, en: (error as Error).message }],
        );
      }
      process.stdout.write(
        `Skrevet: ${registerFileNames.length} filer med ${summary.persons} personer i ${summary.departments} afdelinger i ${opts.out}\n`,
      );
    });

  program
    .command("import")
    .description(
      "indlæs en mappe med registerdata (CSV eller Parquet i formatet i docs/REGISTER.md) som én batch: alt eller intet, hver fejl meldes med fil, række og kolonne; samme indhold indlæst igen ændrer intet",
    )
    .requiredOption("--dir <dir>", "mappen med filerne (CSV eller Parquet)")
    .option("--batch <name>", "batchens navn (standard: mappens navn)")
    .option(
      "--pseudonymise",
      "erstat CPR-lignende identifikatorer med en nøglet hash (HMAC-SHA256); nøglen læses fra UDSYN_PSEUDONYM_KEY og gemmes ikke",
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { dir: string; batch?: string; pseudonymise?: boolean; json?: boolean }) => {
      const files = batchFolder(opts.dir);
      const name = opts.batch ?? basename(resolve(opts.dir));
      const bulk = process.env.UDSYN_IMPORT_BULK === "insert" ? "insert" : "copy";
      const { importRegisterBatch } = await import("../usecases/register/import-register-batch.ts");
      await withUseCases(globals(), async (ctx, actor) => {
        const started = performance.now();
        const bar = opts.json ? undefined : await progressBar();
        let outcome: ImportRegisterOutcome;
        try {
          outcome = await importRegisterBatch(ctx, actor, {
            name,
            files,
            pseudonymise: opts.pseudonymise === true,
            pseudonymKey: process.env.UDSYN_PSEUDONYM_KEY,
            bulk,
            ...(bar === undefined ? {} : { onProgress: bar.onProgress }),
          });
        } finally {
          bar?.stop();
        }
        const seconds = (performance.now() - started) / 1000;
        if (opts.json) return printJson({ ...outcome, seconds: Math.round(seconds * 10) / 10 });
        if (outcome.status === "unchanged") {
          process.stdout.write(
            `Intet nyt: indholdet er allerede indlæst som batch »${outcome.name}« (nr. ${outcome.batchId}); intet er ændret\n`,
          );
          return;
        }
        const counts = Object.entries(outcome.rowCounts)
          .map(([file, n]) => `${file} ${n}`)
          .join(", ");
        process.stdout.write(
          `Indlæst batch »${outcome.name}« (nr. ${outcome.batchId}): ${counts} - ${summaryTail(outcome, seconds)}\n`,
        );
        // Area facts are computed on request (they may replace typed-in facts): say how.
        process.stdout.write(
          `Næste skridt: udsyn register facts --batch ${JSON.stringify(outcome.name)} beregner områdefakta fra batchen (til udsyn areas classify, overvågningen og målene)\n`,
        );
      });
    });
}
