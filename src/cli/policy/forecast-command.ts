import type { Command } from "commander";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { printJson } from "../output.ts";
import { type RoundOptions, roundRefOf, withRoundOptions } from "./round-options.ts";

/** `udsyn forecast`: will the goals be met? Per goal and indicator, as text or JSON. */
export function registerForecastCommand(program: Command, globals: () => GlobalOptions): void {
  withRoundOptions(
    program
      .command("forecast")
      .description("fremskriv målenes indikatorer til fristen: sandsynlighed for at nå målet, barometer"),
  )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: RoundOptions & { json?: boolean }) => {
      const [{ forecastGoals }, { indicatorJson, indicatorText }] = await Promise.all([
        import("../../usecases/policy/forecast-goals.ts"),
        import("./forecast-output.ts"),
      ]);
      const { round, forecast } = await withUseCases(globals(), (ctx, actor) =>
        forecastGoals(ctx, actor, roundRefOf(opts)),
      );
      if (opts.json) {
        printJson({
          committee: round.committeeCode,
          year: round.year,
          version: round.version,
          roundDate: forecast.roundDate,
          goals: forecast.goals.map((g) => ({
            goalCode: g.goalCode,
            goalText: g.goalText,
            deadline: g.deadline,
            barometer: g.barometer,
            indicators: g.indicators.map(indicatorJson),
          })),
        });
        return;
      }
      const out = [`${round.committeeCode} ${round.year}, version ${round.version}: fremskrivning af målene`];
      for (const g of forecast.goals) {
        out.push("", `Mål ${g.goalCode}: ${g.goalText}`, `  Barometer: ${g.barometer.text}`);
        if (g.indicators.length === 0) out.push("  Ingen indikatorer.");
        out.push(...g.indicators.map(indicatorText));
      }
      out.push(
        "",
        "Fremskrivningen er en ret linje gennem målingerne; vurderingen af målet er udvalgets egen.",
      );
      process.stdout.write(`${out.join("\n")}\n`);
    });
}
