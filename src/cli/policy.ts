import type { Command } from "commander";
import type { GlobalOptions } from "./context.ts";

export function registerPolicyCommands(_program: Command, _globals: () => GlobalOptions): void {}
