import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { ReplayReport } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";
import { areaName, useAreaOptions } from "./useAreaOptions.ts";

/** Stored combined-letting decisions with replay and the letter as PDF. Every load is audited by the API. */
export function DecisionList({ refresh }: { readonly refresh: number }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi("/api/letting/decisions", {
    params: { query: { kind: "combined_letting" } },
  });
  useEffect(() => {
    if (refresh > 0) reload();
  }, [refresh, reload]);
  const areas = useAreaOptions();
  const [replay, setReplay] = useState<ReplayReport | null>(null);
  const replaying = useSubmission();
  return (
    <>
      <h2 className="mt-8">{t("letting.combined.stored")}</h2>
      <ErrorAlert error={error ?? replaying.error} />
      {data && data.decisions.length === 0 ? <p>{t("letting.combined.none")}</p> : null}
      {data && data.decisions.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra table--compact" data-testid="decision-list">
            <caption>{t("letting.combined.storedCaption", { count: data.decisions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("letting.number")}</th>
                <th scope="col">{t("letting.applicationDate")}</th>
                <th scope="col">{t("letting.area")}</th>
                <th scope="col">{t("letting.pseudonym")}</th>
                <th scope="col">{t("letting.result")}</th>
                <th scope="col">{t("letting.ruleVersion")}</th>
                <th scope="col">{t("letting.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.id}</th>
                  <td>{d.decisionDate}</td>
                  <td>{areaName(areas, d.areaId)}</td>
                  <td>{d.subjectPseudonym}</td>
                  <td>{t(`letting.results.${d.result}`, { defaultValue: d.result })}</td>
                  <td>
                    <code>{d.ruleVersion}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t("letting.combined.replayOne", { id: d.id })}
                      onClick={async () => {
                        const report = await replaying.run(() =>
                          api.GET("/api/letting/decisions/{id}/replay", { params: { path: { id: d.id } } }),
                        );
                        if (report !== undefined) setReplay(report);
                      }}
                    >
                      {t("letting.combined.replay")}
                    </button>
                    <a
                      className="ml-4"
                      href={`/api/letting/decisions/${d.id}/letter.pdf`}
                      target="_blank"
                      rel="noreferrer"
                      aria-label={t("letting.combined.pdfOne", { id: d.id })}
                    >
                      {t("letting.combined.pdf")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div role="status" data-testid="replay-result">
        {replay ? (
          <div className={`alert ${replay.kind === "identical" ? "alert-success" : "alert-warning"} mt-4`}>
            <div className="alert-body">
              <p className="alert-heading">
                {replay.kind === "identical"
                  ? t("letting.combined.identical", { id: replay.id })
                  : t("letting.combined.different", { id: replay.id })}
              </p>
              <p className="alert-text">{replay.summary}</p>
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
