import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CriterionView, ListKind } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/fields.tsx";
import { formatDate, formatTimestamp } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { ListKindSelect } from "./ListKindSelect.tsx";
import { defaultListDate, useFactsOverview } from "./useFactsOverview.ts";

function Met({ met }: { readonly met: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" style={{ color: met ? "#008139" : "#b51d09", fontWeight: 600 }}>
        {met ? " ✓" : " ✗"}
      </span>
      <span className="sr-only">{met ? t("areas.met") : t("areas.notMet")}</span>
    </>
  );
}

function CriterionCell({ criterion }: { readonly criterion: CriterionView | undefined }) {
  if (criterion === undefined) return <td>–</td>;
  return (
    <td style={{ whiteSpace: "nowrap" }}>
      {criterion.valueText} {criterion.comparatorSymbol} {criterion.thresholdText}
      <Met met={criterion.met} />
    </td>
  );
}

/** "Udpegning": every area under the rule version in force on a date, with each criterion. */
export function ClassificationPage() {
  const { t } = useTranslation();
  const overview = useFactsOverview();
  const [date, setDate] = useState("");
  const [listKind, setListKind] = useState<ListKind | "">("");
  useEffect(() => {
    if (date === "" && overview.data !== undefined) setDate(defaultListDate(overview.data));
  }, [date, overview.data]);
  const { data, error, loading } = useApi(
    "/api/areas/classification",
    date === "" ? null : { params: { query: { date, ...(listKind === "" ? {} : { list: listKind }) } } },
  );
  const legend = new Map<string, { n: number; label: string }>();
  for (const area of data?.areas ?? [])
    for (const c of area.criteria)
      if (!legend.has(c.id)) legend.set(c.id, { n: legend.size + 1, label: c.label });
  const listed = data?.areas.filter((a) => a.listed).length ?? 0;

  return (
    <>
      <h2>{t("areas.classification.title")}</h2>
      <p>{t("areas.classification.intro")}</p>
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id="classification-date"
            type="date"
            width="input-width-s"
            label={t("areas.date")}
            value={date}
            onChange={setDate}
          />
        </div>
        <div className="col-12 col-md-6">
          <ListKindSelect id="classification-list" value={listKind} onChange={setListKind} />
        </div>
      </div>
      <ErrorAlert error={overview.error ?? error} />
      {loading ? <p>{t("loading")}</p> : null}
      {data ? (
        <>
          {data.notes.map((note) => (
            <div key={note} className="alert alert-info mt-5" role="status">
              <div className="alert-body">
                <p className="alert-text">{note}</p>
              </div>
            </div>
          ))}
          <div className="table--responsive-scroll mt-5">
            <table className="table table--zebra table--compact" data-testid="classification-table">
              <caption>
                {t("areas.classification.caption", {
                  listed,
                  count: data.areas.length,
                  list: t(`areas.listKinds.${data.listKind}`),
                  date: formatDate(data.date),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas.area")}</th>
                  <th scope="col">{t("areas.listed")}</th>
                  <th scope="col">{t("areas.categoryLabel")}</th>
                  {[...legend.entries()].map(([id, { n, label }]) => (
                    <th scope="col" key={id}>
                      <span aria-hidden="true">{t("areas.criterionShort", { n })}</span>
                      <span className="sr-only">{label}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.areas.map((area) => (
                  <tr key={area.areaId}>
                    <th scope="row">{area.areaName}</th>
                    <td>
                      {area.listed ? (
                        <span className="badge badge-small badge-success">{t("areas.yes")}</span>
                      ) : (
                        t("areas.no")
                      )}
                    </td>
                    <td>
                      {!area.assessable
                        ? t("areas.notAssessable")
                        : area.category === null
                          ? "–"
                          : t(`areas.category.${area.category}`)}
                    </td>
                    {area.notAssessable ? (
                      <td colSpan={legend.size}>{area.notAssessable.message}</td>
                    ) : (
                      [...legend.keys()].map((id) => (
                        <CriterionCell key={id} criterion={area.criteria.find((c) => c.id === id)} />
                      ))
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("areas.criteria")}</h3>
          <ul>
            {[...legend.entries()].map(([id, { n, label }]) => (
              <li key={id}>
                <strong>{t("areas.criterionShort", { n })}</strong>: {label}
              </li>
            ))}
          </ul>
          {data.areas.some((a) => a.listed) ? (
            <>
              <h3>{t("areas.classification.factsSources")}</h3>
              <ul data-testid="facts-sources">
                {data.areas
                  .filter((a) => a.listed)
                  .map((area) => (
                    <li key={area.areaId}>
                      <strong>{area.areaName}</strong>:{" "}
                      {area.factsSources
                        .map((s) =>
                          s.kind === "computed"
                            ? t("areas.classification.sourceComputed", {
                                batch: s.batchName,
                                at: formatTimestamp(s.computedAt ?? ""),
                                id: s.computationId,
                              })
                            : s.kind === "file"
                              ? t("areas.classification.sourceFile", { file: s.fileName })
                              : t("areas.classification.sourceTyped"),
                        )
                        .join("; ")}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <h3>{t("areas.ruleVersion")}</h3>
          <p data-testid="rule-version">
            <strong>{data.ruleVersion.name}</strong> (<code>{data.ruleVersion.id}</code>)
            <br />
            {t("areas.source")}: {data.sourceText}
            {data.ruleVersion.source.url ? (
              <>
                {" "}
                <a href={data.ruleVersion.source.url} rel="noreferrer" target="_blank">
                  {t("areas.sourceLink")}
                </a>
              </>
            ) : null}
            <br />
            {t("areas.classification.factsYear", {
              date: data.date,
              listYear: data.listYear,
              factsYear: data.factsYear,
            })}
          </p>
        </>
      ) : null}
    </>
  );
}
