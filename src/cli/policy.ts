import type { Command } from "commander";
import type { GlobalOptions } from "./context.ts";
import { registerForecastCommand } from "./policy/forecast-command.ts";
import { registerReportCommand } from "./policy/report-command.ts";
import { registerRoundsCommands } from "./policy/rounds-commands.ts";
import { registerValidateCommand } from "./policy/validate-command.ts";

/** The policy follow-up verbs: validate, report, rounds, forecast …; each calls the use cases the API calls. */
export function registerPolicyCommands(program: Command, globals: () => GlobalOptions): void {
  registerValidateCommand(program, globals);
  registerReportCommand(program, globals);
  registerRoundsCommands(program, globals);
  registerForecastCommand(program, globals);
}
