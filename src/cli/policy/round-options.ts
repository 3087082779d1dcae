import type { Command } from "commander";
import type { RoundRef } from "../../usecases/policy/round-lookup.ts";
import { yearArgument } from "../arguments.ts";

/** How every round verb names its round: `--committee SUD --year 2010 [--version 1]`. */
export interface RoundOptions {
  readonly committee: string;
  readonly year: number;
  readonly version?: number;
}

export function withRoundOptions(command: Command): Command {
  return command
    .requiredOption("--committee <code>", "udvalgets kode, fx SUD", (v) => v.toUpperCase())
    .requiredOption("--year <year>", "redegørelsens år", yearArgument)
    .option("--version <n>", "version (standard: nyeste)", (v) => Number.parseInt(v, 10));
}

/** The round the options name, without the verb's other options. */
export function roundRefOf(opts: RoundOptions): RoundRef {
  return { committee: opts.committee, year: opts.year, version: opts.version };
}
