import type { Command } from "commander";
import type { GlobalOptions } from "./context.ts";

export function registerAreasCommands(_program: Command, _globals: () => GlobalOptions): void {}
