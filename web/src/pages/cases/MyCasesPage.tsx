import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { LevelBadge } from "./LevelBadge.tsx";

/** The open cases of the caseworker's local committees, with the next due date. */
export function MyCasesPage() {
  const { t } = useTranslation();
  const { data, error } = useApi("/api/cases");
  return (
    <>
      <h2>{t("cases.mine.title")}</h2>
      <ErrorAlert error={error} />
      {data ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact" data-testid="case-list">
            <caption>{t("cases.mine.caption", { count: data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.case")}</th>
                <th scope="col">{t("cases.level")}</th>
                <th scope="col">{t("cases.committee")}</th>
                <th scope="col">{t("cases.ageGroup")}</th>
                <th scope="col">{t("cases.openedOn")}</th>
                <th scope="col">{t("cases.nextDue")}</th>
                <th scope="col">{t("cases.overdueActions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/sager/${c.id}`}>{c.pseudonym}</Link>
                  </td>
                  <td>
                    <LevelBadge level={c.level} />
                  </td>
                  <td>{c.committee}</td>
                  <td>{c.ageGroup === null ? "–" : t(`cases.ageGroups.${c.ageGroup}`)}</td>
                  <td>{formatDate(c.openedOn)}</td>
                  <td>{c.nextDueOn === null ? "–" : formatDate(c.nextDueOn)}</td>
                  <td>
                    {c.overdueActions > 0 ? (
                      <span className="badge badge-small badge-error">{c.overdueActions}</span>
                    ) : (
                      "0"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
