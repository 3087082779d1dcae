import type { Command } from "commander";
import type { GlobalOptions } from "./context.ts";
import { registerDecideCommand } from "./letting/decide.ts";
import { registerDecisionsCommand } from "./letting/decisions.ts";
import { registerFlexibleCommand } from "./letting/flexible.ts";
import { registerLetterCommand } from "./letting/letter.ts";
import { registerReplayCommand } from "./letting/replay.ts";

/** `udsyn letting …`: one module per verb under ./letting/, each calling the use case its route calls. */
export function registerLettingCommands(program: Command, globals: () => GlobalOptions): void {
  const letting = program
    .command("letting")
    .description("udlejning: kombineret og fleksibel udlejning, afgørelser, genafspilning og brev");
  registerDecideCommand(letting, globals);
  registerDecisionsCommand(letting, globals);
  registerReplayCommand(letting, globals);
  registerLetterCommand(letting, globals);
  registerFlexibleCommand(letting, globals);
}
