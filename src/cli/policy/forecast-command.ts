import type { Command } from "commander";
import type { IndicatorForecast } from "../../domain/policy/forecast/forecast-schema.ts";
import { barometerReadingLabels } from "../../domain/policy/forecast/forecast-schema.ts";
import { formatValue } from "../../domain/policy/forecast/forecast-text.ts";
import { forecastGoals } from "../../usecases/policy/forecast-goals.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { printJson } from "../output.ts";
import { type RoundOptions, roundRefOf, withRoundOptions } from "./round-options.ts";

/** One indicator as `--json` gives it: the figures first, the chart's band left out. */
function indicatorJson(i: IndicatorForecast) {
  const f = i.forecast;
  return {
    indicatorId: i.indicatorId,
    name: i.name,
    unit: i.unit,
    target: i.targetText,
    deadline: i.deadline,
    targetLevel: i.targetLevel,
    status: f.status,
    ...(f.status === "forecast"
      ? {
          horizon: f.horizon.label,
          projection: f.projection,
          interval80: f.interval80,
          interval95: f.interval95,
          probability: f.probability,
          trend: f.trend,
        }
      : { reason: f.reason, problems: f.problems }),
    sentence: f.sentence,
    points: i.points,
    barometer: i.barometer,
    backtest: i.backtest,
  };
}

function indicatorText(i: IndicatorForecast): string {
  const v = (x: number) => formatValue(x, i.unit, i.decimals);
  const f = i.forecast;
  const lines = [
    `  ${i.name}${i.targetText === null ? "" : ` (mål: »${i.targetText}«)`}`,
    `    ${f.sentence}`,
  ];
  if (i.targetLevel !== null) lines.push(`    ${i.targetLevel.explanation}`);
  if (f.status === "forecast") {
    lines.push(
      `    Fremskrevet ${f.horizon.label}: ${v(f.projection)}; 80 %: ${v(f.interval80.lower)} til ${v(f.interval80.upper)}; 95 %: ${v(f.interval95.lower)} til ${v(f.interval95.upper)}; sandsynlighed ${(f.probability * 100).toFixed(1).replace(".", ",")} % (${f.trend.points} målinger).`,
    );
  }
  const b = i.barometer;
  lines.push(
    b.status === "reading"
      ? `    Barometer: ${barometerReadingLabels[b.reading]} (${b.base.label} ${v(b.base.value)} → ${b.latest.label} ${v(b.latest.value)})`
      : `    Barometer: kan ikke vurderes. ${b.reason}`,
  );
  lines.push(
    i.backtest.status === "backtest"
      ? `    Efterprøvning: ${i.backtest.text}`
      : `    Efterprøvning: ikke mulig. ${i.backtest.reason}`,
  );
  return lines.join("\n");
}

/** `udsyn forecast`: will the goals be met? Per goal and indicator, as text or JSON. */
export function registerForecastCommand(program: Command, globals: () => GlobalOptions): void {
  withRoundOptions(
    program
      .command("forecast")
      .description("fremskriv målenes indikatorer til fristen: sandsynlighed for at nå målet, barometer"),
  )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: RoundOptions & { json?: boolean }) => {
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
