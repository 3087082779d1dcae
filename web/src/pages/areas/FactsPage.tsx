import { useTranslation } from "react-i18next";
import { useAuth } from "../../auth.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatCount } from "../../format.ts";
import { FactsImportForm } from "./FactsImportForm.tsx";
import { useFactsOverview } from "./useFactsOverview.ts";

/** "Fakta": the years of area facts in the database, and the CSV import (administrators and analysts). */
export function FactsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const { data, error, reload } = useFactsOverview();
  const mayImport = user?.role === "admin" || user?.role === "analyst";
  return (
    <>
      <h2>{t("areas.facts.title")}</h2>
      <p>{t("areas.facts.intro")}</p>
      <ErrorAlert error={error} />
      {data ? (
        <div className="row">
          <div className="col-12 col-lg-7">
            <div className="table--responsive-scroll">
              <table className="table table--zebra table--compact" data-testid="facts-years">
                <caption>{t("areas.facts.yearsCaption", { count: data.years.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("areas.facts.year")}</th>
                    <th scope="col">{t("areas.facts.areas")}</th>
                    <th scope="col">{t("areas.facts.departments")}</th>
                    <th scope="col">{t("areas.facts.residents")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td>{y.areas}</td>
                      <td>{y.departments}</td>
                      <td>{formatCount(y.residents, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <div className="col-12 col-lg-5">
            <div className="table--responsive-scroll">
              <table className="table table--zebra table--compact">
                <caption>{t("areas.facts.referenceCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("areas.facts.year")}</th>
                    <th scope="col">{t("areas.facts.national")}</th>
                    <th scope="col">{t("areas.facts.regions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.referenceYears.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td>{y.national ? t("areas.yes") : t("areas.no")}</td>
                      <td>{y.regions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      ) : null}
      <h2 className="mt-7">{t("areas.facts.importTitle")}</h2>
      {mayImport ? (
        <>
          <p>{t("areas.facts.importIntro")}</p>
          <FactsImportForm onImported={reload} />
        </>
      ) : (
        <p>{t("areas.facts.importNotAllowed")}</p>
      )}
    </>
  );
}
