import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { OutcomesSection } from "./OutcomesSection.tsx";

const LEVELS = [1, 2, 3, 4] as const;

/** The leader groups' dashboard: open cases per level and local committee, and overdue actions. */
export function CaseOverviewPage() {
  const { t } = useTranslation();
  const { data, error } = useApi("/api/cases/overview");
  const cell = (committee: string, level: number) =>
    data?.cells.find((c) => c.committee === committee && c.level === level);
  return (
    <>
      <h2>{t("cases.overview.title")}</h2>
      <p>{t("cases.overview.intro")}</p>
      <ErrorAlert error={error} />
      {data ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact" data-testid="case-overview">
            <caption>{t("cases.overview.caption", { date: formatDate(data.asOf) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.committee")}</th>
                <th scope="col">{t("cases.leaderGroup")}</th>
                {LEVELS.map((l) => (
                  <th scope="col" key={l}>
                    {t("cases.levelShort", { level: l })}
                  </th>
                ))}
                <th scope="col">{t("cases.overdueActions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.committees.map((c) => {
                const overdue = LEVELS.reduce((s, l) => s + (cell(c.code, l)?.overdueActions ?? 0), 0);
                return (
                  <tr key={c.code}>
                    <th scope="row">{c.name}</th>
                    <td>{c.leaderGroup}</td>
                    {LEVELS.map((l) => (
                      <td key={l}>{cell(c.code, l)?.cases ?? 0}</td>
                    ))}
                    <td>
                      {overdue > 0 ? <span className="badge badge-small badge-error">{overdue}</span> : "0"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <OutcomesSection />
    </>
  );
}
