import { readFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { DatabaseConfig } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import { exitWith, type GlobalOptions, withDatabase } from "./context.ts";
import { unreadable } from "./unreadable.ts";

/** `udsyn db …`: migrations, and backup and restore of the embedded database. */
export function registerDbCommands(program: Command, globals: () => GlobalOptions): Command {
  const db = program.command("db").description("databasen: migrering, backup og gendannelse");

  db.command("migrate")
    .description("kør databasemigrationer til nyeste version")
    .action(async () =>
      withDatabase(globals(), async (handle) => {
        const { migrateToLatest } = await import("../db/database.ts");
        const outcome = await migrateToLatest(handle.db);
        process.stdout.write(
          `${handle.kind} (${handle.location}): version ${outcome.current ?? "(ingen)"}; kørt nu: ${outcome.applied.join(", ") || "ingen"}\n`,
        );
      }),
    );

  db.command("dump")
    .description(
      "gem den indlejrede database i en fil (tar.gz); serveren skal være stoppet. PostgreSQL: viser pg_dump-kommandoen",
    )
    .argument("<file>", "filen der skrives (fx udsyn-2026-05-01.tar.gz)")
    .action(async (file: string) => {
      const { databaseConfig, dumpEmbeddedDatabase } = await import("../db/database.ts");
      const options = globals();
      const dataDir = embeddedFolder(databaseConfig({ dataDir: options.data }), "dump", file);
      if (dataDir === undefined) return;
      const outcome = await dumpEmbeddedDatabase(dataDir, { command: options.command });
      // Written beside and renamed: an interrupted dump never looks like a finished one.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, outcome.archive);
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      process.stdout.write(
        `Gemt: ${file} (${kilobytes(outcome.archive.length)}) fra ${outcome.location}; PostgreSQL ${outcome.postgresVersion}, version ${outcome.migration ?? "(ingen)"}\n`,
      );
    });

  db.command("restore")
    .description(
      "gendan den indlejrede database fra en fil lavet med `db dump`; serveren skal være stoppet. PostgreSQL: viser pg_restore-kommandoen",
    )
    .argument("<file>", "dumpen (tar.gz)")
    .option(
      "--force",
      "gendan også når mappen ikke er tom; det nuværende indhold flyttes til side, ikke slettet",
    )
    .action(async (file: string, opts: { force?: boolean }) => {
      const { databaseConfig, restoreEmbeddedDatabase } = await import("../db/database.ts");
      const options = globals();
      const dataDir = embeddedFolder(databaseConfig({ dataDir: options.data }), "restore", file);
      if (dataDir === undefined) return;
      const outcome = await restoreEmbeddedDatabase(dataDir, readDump(file), file, {
        command: options.command,
        force: opts.force === true,
      });
      if (outcome.movedAside !== undefined) {
        process.stdout.write(`Det tidligere indhold er flyttet til ${outcome.movedAside}\n`);
      }
      process.stdout.write(
        `Gendannet: ${outcome.location} fra ${file}; PostgreSQL ${outcome.postgresVersion}, version ${outcome.migration.current ?? "(ingen)"}; kørt nu: ${outcome.migration.applied.join(", ") || "ingen"}\n`,
      );
    });
  return db;
}

/**
 * The embedded folder to dump or restore, or undefined when DATABASE_URL chooses PostgreSQL:
 * then PostgreSQL's own tools do it (they know the server's version and roles; we would only
 * wrap them), and the verb prints how, with exit code 2 because nothing was saved.
 */
function embeddedFolder(config: DatabaseConfig, verb: "dump" | "restore", file: string): string | undefined {
  if (config.kind === "postgres") {
    const target = shellWord(file);
    const lines =
      verb === "dump"
        ? [
            "DATABASE_URL vælger PostgreSQL; udsyn tager ikke selv backup af PostgreSQL. Brug PostgreSQL's eget værktøj:",
            `  pg_dump -Fc --no-owner --dbname="$DATABASE_URL" --file=${target}`,
          ]
        : [
            "DATABASE_URL vælger PostgreSQL; udsyn gendanner ikke selv PostgreSQL. Stop udsyn, og brug PostgreSQL's eget værktøj:",
            `  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${target}`,
            "  udsyn db migrate",
          ];
    process.stderr.write(`${lines.join("\n")}\n`);
    exitWith(2);
    return undefined;
  }
  if (config.dataDir === "memory") {
    throw new DomainError("invalid_input", {
      da: "En database i hukommelsen (--data memory) har ingen mappe at gemme eller gendanne.",
      en: "A database in memory (--data memory) has no folder to save or restore.",
    });
  }
  return config.dataDir;
}

function readDump(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** A path as one shell word, so the printed command can be pasted as it is. */
function shellWord(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}

function kilobytes(bytes: number): string {
  return `${new Intl.NumberFormat("da-DK").format(Math.ceil(bytes / 1024))} kB`;
}
