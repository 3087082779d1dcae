import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { LevelBadge } from "./LevelBadge.tsx";

/** Actions whose due date has passed, oldest first. */
export function OverdueActionsPage() {
  const { t } = useTranslation();
  const { data, error } = useApi("/api/cases/overdue");
  return (
    <>
      <h2>{t("cases.overdue.title")}</h2>
      <ErrorAlert error={error} />
      {data ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact" data-testid="overdue-list">
            <caption>{t("cases.overdue.caption", { count: data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.case")}</th>
                <th scope="col">{t("cases.level")}</th>
                <th scope="col">{t("cases.committee")}</th>
                <th scope="col">{t("cases.action")}</th>
                <th scope="col">{t("cases.responsible")}</th>
                <th scope="col">{t("cases.dueOn")}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((a) => (
                <tr key={a.actionId}>
                  <td>
                    <Link to={`/sager/${a.caseId}`}>{t("cases.caseNumber", { id: a.caseId })}</Link>
                  </td>
                  <td>
                    <LevelBadge level={a.level} />
                  </td>
                  <td>{a.committee}</td>
                  <td>{a.title}</td>
                  <td>{a.responsible}</td>
                  <td>{formatDate(a.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
