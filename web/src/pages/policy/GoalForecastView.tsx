import { useTranslation } from "react-i18next";
import type { GoalForecast, IndicatorForecast } from "../../api-types.ts";
import { FactTable } from "../../components/FactTable.tsx";
import { ForecastChart } from "../../components/ForecastChart.tsx";
import { formatChange, formatFigure } from "../../format.ts";

const HELP_KEYS = ["model", "bands", "probability", "limits", "barometer", "status"] as const;

const BAROMETER_BADGE: Readonly<Record<GoalForecast["barometer"]["reading"], string>> = {
  better: "badge badge-success",
  unchanged: "badge badge-info",
  worse: "badge badge-error",
  mixed: "badge badge-warning",
  unknown: "badge",
};

/**
 * The goal forecast beside the committee's assessment: per indicator with a target, the sentence
 * (or why there is none), a chart of history, trend, bands, target and deadline, the figures, the
 * barometer reading and the backtest; the model's assumptions under a details element.
 */
export function GoalForecastView({ forecast }: { readonly forecast: GoalForecast }) {
  const { t } = useTranslation();
  const withTarget = forecast.indicators.filter((i) => i.targetText !== null);
  const withoutTarget = forecast.indicators.filter((i) => i.targetText === null);
  return (
    <div className="goal-forecast" data-testid={`forecast-${forecast.goalCode}`}>
      <p>
        <strong>{t("policy.forecast.goalBarometer")}:</strong>{" "}
        <span className={BAROMETER_BADGE[forecast.barometer.reading]}>
          {t(`policy.forecast.barometer.${forecast.barometer.reading}`)}
        </span>{" "}
        <span className="small-text" lang="da">
          {forecast.barometer.text}
        </span>
      </p>
      {withTarget.length === 0 ? <p>{t("policy.forecast.noTarget")}</p> : null}
      {withTarget.map((indicator) => (
        <IndicatorForecastView key={indicator.indicatorId} indicator={indicator} />
      ))}
      {withoutTarget.length === 0 ? null : (
        <div className="table--responsive-scroll">
          <table
            className="table table--compact"
            data-testid={`forecast-${forecast.goalCode}-without-target`}
          >
            <caption>{t("policy.forecast.withoutTarget.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("policy.forecast.withoutTarget.indicator")}</th>
                <th scope="col">{t("policy.forecast.facts.barometer")}</th>
                <th scope="col">{t("policy.forecast.facts.backtest")}</th>
              </tr>
            </thead>
            <tbody>
              {withoutTarget.map((indicator) => (
                <tr key={indicator.indicatorId}>
                  <th scope="row" lang="da">
                    {indicator.name}
                  </th>
                  <td>{barometerText(indicator, t)}</td>
                  <td>
                    <BacktestText backtest={indicator.backtest} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="details">
        <summary className="details-summary">{t("policy.forecast.helpSummary")}</summary>
        <div className="details-text">
          {HELP_KEYS.map((key) => (
            <p key={key}>{t(`policy.forecast.help.${key}`)}</p>
          ))}
        </div>
      </details>
    </div>
  );
}

type T = ReturnType<typeof useTranslation>["t"];

function valueFormat(indicator: IndicatorForecast): (x: number) => string {
  const unit = indicator.unit === "%" ? " %" : "";
  return (x) => `${formatFigure(x, indicator.decimals)}${unit}`;
}

/** `Bedre (2006: 33,2 % → 2008: 29,3 %)`, or that it cannot be read. */
function barometerText(indicator: IndicatorForecast, t: T): string {
  const b = indicator.barometer;
  const v = valueFormat(indicator);
  return b.status === "reading"
    ? `${t(`policy.forecast.barometer.${b.reading}`)} (${b.base.label}: ${v(b.base.value)} → ${b.latest.label}: ${v(b.latest.value)})`
    : t("policy.forecast.barometer.unknown");
}

function BacktestText({ backtest }: { readonly backtest: IndicatorForecast["backtest"] }) {
  const { t } = useTranslation();
  return backtest.status === "backtest" ? (
    <span lang="da">{backtest.text}</span>
  ) : (
    <>
      {t("policy.forecast.backtestNotPossible")}
      <span className="d-block small-text" lang="da">
        {backtest.reason}
      </span>
    </>
  );
}

function IndicatorForecastView({ indicator }: { readonly indicator: IndicatorForecast }) {
  const { t } = useTranslation();
  const f = indicator.forecast;
  const v = valueFormat(indicator);
  const barometer = indicator.barometer;

  if (f.status === "not_forecastable") {
    return (
      <div className="indicator-forecast mb-6" data-testid={`forecast-indicator-${indicator.indicatorId}`}>
        <h4 lang="da">{t("policy.forecast.indicatorHeading", { name: indicator.name })}</h4>
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-heading">{t("policy.forecast.notForecastable")}</p>
            <p className="alert-text" lang="da">
              {f.reason}
            </p>
          </div>
        </div>
        <p>
          <strong>{t("policy.forecast.facts.barometer")}:</strong> {barometerText(indicator, t)}
          {barometer.status === "unknown" ? (
            <span className="d-block small-text" lang="da">
              {barometer.reason}
            </span>
          ) : null}
        </p>
      </div>
    );
  }

  const probability = t(`policy.forecast.probability.${f.probabilityWording.kind}`, {
    percent: f.probabilityWording.percent,
  });
  const level = indicator.targetLevel;
  const targetLabel =
    level === null
      ? null
      : t("policy.forecast.chart.target", {
          side: t(
            level.side === "at_most" ? "policy.forecast.chart.atMost" : "policy.forecast.chart.atLeast",
          ),
          value: v(level.level),
        });
  const last = indicator.points.at(-1)?.time ?? f.horizon.time;
  return (
    <div className="indicator-forecast mb-6" data-testid={`forecast-indicator-${indicator.indicatorId}`}>
      <h4 lang="da">{t("policy.forecast.indicatorHeading", { name: indicator.name })}</h4>
      <p className="font-lead" data-testid="forecast-sentence">
        {t("policy.forecast.sentence", { sentence: f.sentence, probability, period: f.horizon.label })}
      </p>
      <ForecastChart
        title={t("policy.forecast.chart.title", { name: indicator.name, period: f.horizon.label })}
        description={t("policy.forecast.chart.description", {
          values: indicator.points.map((p) => `${p.label}: ${v(p.value)}`).join("; "),
          period: f.horizon.label,
          projection: v(f.projection),
          lower80: v(f.interval80.lower),
          upper80: v(f.interval80.upper),
          lower95: v(f.interval95.lower),
          upper95: v(f.interval95.upper),
        })}
        points={indicator.points}
        trend={f.band}
        band={f.band.filter((b) => b.time >= last - 1e-9)}
        projection={{ time: f.horizon.time, value: f.projection }}
        target={level === null || targetLabel === null ? null : { value: level.level, label: targetLabel }}
        deadline={{
          time: f.horizon.time,
          label: t("policy.forecast.chart.deadline", { period: f.horizon.label }),
        }}
        legend={{
          measured: t("policy.forecast.chart.measured"),
          trend: t("policy.forecast.chart.trend"),
          band80: t("policy.forecast.chart.band80"),
          band95: t("policy.forecast.chart.band95"),
        }}
        formatTick={(x) => formatFigure(x, 2)}
      />
      <FactTable
        caption={t("policy.forecast.facts.caption", { name: indicator.name })}
        facts={[
          level === null
            ? null
            : {
                label: t("policy.forecast.facts.target"),
                value: (
                  <>
                    <strong>{targetLabel}</strong>
                    <span className="d-block small-text" lang="da">
                      {level.explanation}
                    </span>
                  </>
                ),
              },
          {
            label: t("policy.forecast.facts.projection", { period: f.horizon.label }),
            value: <strong>{v(f.projection)}</strong>,
          },
          {
            label: t("policy.forecast.facts.interval80"),
            value: t("policy.forecast.range", { lower: v(f.interval80.lower), upper: v(f.interval80.upper) }),
          },
          {
            label: t("policy.forecast.facts.interval95"),
            value: t("policy.forecast.range", { lower: v(f.interval95.lower), upper: v(f.interval95.upper) }),
          },
          { label: t("policy.forecast.facts.probability"), value: <strong>{probability}</strong> },
          {
            label: t("policy.forecast.facts.trend"),
            value: t("policy.forecast.facts.trendValue", {
              // A share's yearly change is in percentage points.
              slope: `${formatChange(f.trend.slopePerYear, indicator.decimals + 1)}${indicator.unit === "%" ? ` ${t("policy.forecast.percentagePoints")}` : ""}`,
              count: f.trend.points,
            }),
          },
          { label: t("policy.forecast.facts.barometer"), value: barometerText(indicator, t) },
          {
            label: t("policy.forecast.facts.backtest"),
            value: <BacktestText backtest={indicator.backtest} />,
          },
        ]}
      />
    </div>
  );
}
