import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { IntervalChart } from "../../components/IntervalChart.tsx";
import { formatChange } from "../../format.ts";
import { useApi } from "../../useApi.ts";

/** Outcome monitoring: change per parameter by intervention, and the matched comparison. */
export function OutcomesSection() {
  const { t } = useTranslation();
  const { data, error } = useApi("/api/cases/outcomes");
  const name = (list: readonly { key: string; name: string }[], key: string) =>
    list.find((i) => i.key === key)?.name ?? key;
  const interval = (low: number, high: number) =>
    t("cases.outcomes.interval", { low: formatChange(low, 1), high: formatChange(high, 1) });
  return (
    <>
      <h2 className="mt-8">{t("cases.outcomes.title")}</h2>
      <p>{t("cases.outcomes.intro")}</p>
      <p>
        <a href="/api/cases/outcomes.csv" download>
          {t("cases.outcomes.csv")}
        </a>
      </p>
      <ErrorAlert error={error} />
      {data
        ? data.interventionTypes.map((type) => {
            const cells = data.cells.filter((c) => c.intervention === type.key);
            if (cells.every((c) => c.suppressed)) {
              return (
                <p key={type.key} data-testid={`outcomes-${type.key}`}>
                  <strong>{type.name}:</strong> {t("cases.outcomes.suppressed")}
                </p>
              );
            }
            const shown = cells.filter((c) => !c.suppressed);
            return (
              <div key={type.key}>
                <IntervalChart
                  title={t("cases.outcomes.chartTitle", { intervention: type.name })}
                  description={t("cases.outcomes.chartDescription", { intervention: type.name })}
                  series={[t("cases.outcomes.change"), t("cases.outcomes.effect")]}
                  formatTick={(v) => formatChange(v, 1)}
                  rows={shown.map((c) => ({
                    label: `${name(data.parameters, c.parameter)}${c.higherIsBetter ? "" : ` (${t("cases.outcomes.lowerIsBetter")})`}`,
                    estimates: [
                      {
                        mean: c.treated.mean,
                        low: c.treated.ciLow,
                        high: c.treated.ciHigh,
                        display: formatChange(c.treated.mean, 1),
                      },
                      c.matched === null
                        ? null
                        : {
                            mean: c.matched.mean,
                            low: c.matched.ciLow,
                            high: c.matched.ciHigh,
                            display: formatChange(c.matched.mean, 1),
                          },
                    ],
                  }))}
                />
                <div className="table--responsive-scroll">
                  <table className="table table--compact" data-testid={`outcomes-${type.key}`}>
                    <caption>{type.name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("cases.outcomes.parameter")}</th>
                        <th scope="col">{t("cases.outcomes.n")}</th>
                        <th scope="col">{t("cases.outcomes.change")}</th>
                        <th scope="col">{t("cases.outcomes.effect")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {cells.map((c) => (
                        <tr key={c.parameter}>
                          <th scope="row">
                            {name(data.parameters, c.parameter)}
                            {c.higherIsBetter ? "" : ` (${t("cases.outcomes.lowerIsBetter")})`}
                          </th>
                          {c.suppressed ? (
                            <td colSpan={3}>{t("cases.outcomes.suppressed")}</td>
                          ) : (
                            <>
                              <td>{c.treated.n}</td>
                              <td>
                                {formatChange(c.treated.mean, 1)} (
                                {interval(c.treated.ciLow, c.treated.ciHigh)})
                              </td>
                              <td>
                                {c.matched === null
                                  ? t("cases.outcomes.noMatch")
                                  : `${formatChange(c.matched.mean, 1)} (${interval(c.matched.ciLow, c.matched.ciHigh)}), n = ${c.matched.n === "under_minimum" ? t("cases.outcomes.underMinimum") : c.matched.n}`}
                              </td>
                            </>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            );
          })
        : null}
    </>
  );
}
