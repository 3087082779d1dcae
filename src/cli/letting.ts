import type { Command } from "commander";
import type { GlobalOptions } from "./context.ts";

export function registerLettingCommands(_program: Command, _globals: () => GlobalOptions): void {}
