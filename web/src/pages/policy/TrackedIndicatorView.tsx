import { useTranslation } from "react-i18next";
import { periodStart } from "../../../../src/domain/policy/goals/period.ts";
import type { Target, TrackedIndicator } from "../../api-types.ts";
import { BarChart } from "../../components/BarChart.tsx";
import { FactTable } from "../../components/FactTable.tsx";
import { formatDate, formatFigure, formatPeriod } from "../../format.ts";

/**
 * The level a target asks for, when it can be computed (a change target needs a baseline):
 * 10 percent of baseline from 40 → 36; 10 percentage points from 40 → 30. As in the domain's `targetLevel`.
 */
export function targetLevel(target: Target): number | null {
  if (target.comparison !== "reduce_by" && target.comparison !== "increase_by") return target.value;
  if (target.baseline === null) return null;
  const sign = target.comparison === "reduce_by" ? -1 : 1;
  const base = target.baseline.value;
  if (target.unit === "percent_of_baseline") return base * (1 + (sign * target.value) / 100);
  return base + sign * target.value;
}

function withUnit(value: string, unit: string): string {
  if (unit === "") return value;
  return unit === "%" ? `${value} %` : `${value} ${unit}`;
}

/** The target with its unit said in words: percent of the baseline and percentage points are different targets. */
export function TargetView({ target, unit, caption }: { target: Target; unit: string; caption: string }) {
  const { t } = useTranslation();
  const level = targetLevel(target);
  const changeTarget = target.comparison === "reduce_by" || target.comparison === "increase_by";
  return (
    <FactTable
      caption={caption}
      facts={[
        {
          label: t("policy.target.goal"),
          value: (
            <>
              {t(`policy.target.comparison.${target.comparison}`)}{" "}
              {target.approximate ? t("policy.target.approx") : ""}
              <strong>{formatFigure(target.value)}</strong>
              {target.perYear ? ` ${t("policy.target.perYear")}` : ""}
            </>
          ),
        },
        {
          label: t("policy.target.unit"),
          value: (
            <>
              <strong data-testid="target-unit">{t(`policy.targetUnit.${target.unit}`)}</strong>
              {target.unit === "percent_of_baseline" || target.unit === "percentage_points" ? (
                <span className="d-block small-text">{t(`policy.targetUnitNote.${target.unit}`)}</span>
              ) : null}
            </>
          ),
        },
        { label: t("policy.target.stated"), value: <span lang="da">»{target.statedUnitText}«</span> },
        {
          label: t("policy.target.baseline"),
          value:
            target.baseline === null
              ? t("policy.target.noBaseline")
              : `${withUnit(formatFigure(target.baseline.value), unit)} (${formatPeriod(target.baseline.period)}; ${target.baseline.source})`,
        },
        changeTarget
          ? {
              label: t("policy.target.level"),
              value: level === null ? t("policy.target.levelUnknown") : withUnit(formatFigure(level), unit),
            }
          : null,
        { label: t("policy.target.deadline"), value: formatDate(target.deadline) },
      ]}
    />
  );
}

/**
 * An indicator (or an initiative's success criterion) with its target and measurements: a bar chart
 * with a text alternative, and the measurements as a table under it.
 */
export function TrackedIndicatorView({
  tracked,
  heading,
  headingLevel,
}: {
  readonly tracked: TrackedIndicator;
  readonly heading: string;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const { indicator, target, measurements } = tracked;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  // Values carry `%` when the indicator is a percentage; other units are named once, above.
  const valueUnit = indicator.unit === "%" ? "%" : "";
  // In time order, whatever order they were entered or computed in (typed-in and computed
  // measurements of goal a interleave); a measurement without a period goes last.
  const points = [...measurements]
    .sort((a, b) =>
      (a.period === null ? "9999" : periodStart(a.period)).localeCompare(
        b.period === null ? "9999" : periodStart(b.period),
      ),
    )
    .filter((m) => m.value !== null)
    .map((m) => ({
      label: m.period === null ? m.statedText : formatPeriod(m.period),
      value: m.value as number,
      display: withUnit(formatFigure(m.value as number, indicator.decimals), valueUnit),
    }));
  const level = target === null ? null : targetLevel(target);
  const isChange =
    target !== null && (target.comparison === "reduce_by" || target.comparison === "increase_by");
  const reference =
    target === null || level === null
      ? null
      : {
          value: level,
          label: t("policy.chart.reference", {
            target: [
              isChange ? "" : t(`policy.target.comparison.${target.comparison}`),
              withUnit(formatFigure(level), valueUnit),
            ]
              .join(" ")
              .trim(),
          }),
        };
  const description = [
    t("policy.chart.description", {
      name: indicator.name,
      values: points.map((p) => `${p.label}: ${p.display}`).join("; "),
    }),
    reference === null ? "" : `${reference.label}.`,
  ]
    .join(" ")
    .trim();

  const table = (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{t("policy.measurements.caption", { name: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("policy.measurements.period")}</th>
            <th scope="col" className="align-text-right">
              {t("policy.measurements.value")}
            </th>
            <th scope="col">{t("policy.measurements.stated")}</th>
            <th scope="col">{t("policy.measurements.source")}</th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.period === null ? t("policy.measurements.noPeriod") : formatPeriod(m.period)}
              </th>
              <td className="align-text-right">
                {m.value === null
                  ? t("policy.measurements.ambiguous")
                  : withUnit(formatFigure(m.value, indicator.decimals), valueUnit)}
              </td>
              <td lang="da">
                »{m.statedText}«{m.note ? <span className="d-block small-text">{m.note}</span> : null}
              </td>
              <td>
                <span lang="da">{m.source}</span>
                {m.date !== null ? <span className="d-block small-text">{formatDate(m.date)}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="tracked-indicator mb-6">
      <Heading lang="da">{heading}</Heading>
      <p className="mt-0">
        <span lang="da">{indicator.definition}</span>{" "}
        <span className="small-text d-block">
          {t("policy.indicator.meta", { unit: indicator.unit, source: indicator.source })}
        </span>
      </p>
      {target === null ? (
        <p>{t("policy.target.none")}</p>
      ) : (
        <TargetView
          target={target}
          unit={indicator.unit}
          caption={t("policy.target.caption", { name: heading })}
        />
      )}
      {measurements.length === 0 ? (
        <p>{t("policy.measurements.none")}</p>
      ) : points.length === 0 ? (
        table
      ) : (
        <>
          <BarChart
            title={t("policy.chart.title", { name: indicator.name })}
            description={description}
            points={points}
            reference={reference}
            formatTick={(v) => formatFigure(v, 2)}
          />
          <details className="details">
            <summary className="details-summary">
              {t("policy.chart.tableSummary", { count: measurements.length })}
            </summary>
            <div className="details-text">{table}</div>
          </details>
        </>
      )}
    </div>
  );
}
