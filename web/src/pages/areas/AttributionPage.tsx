import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AttributionSide, ListKind } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/fields.tsx";
import { useApi } from "../../useApi.ts";
import { ListKindSelect } from "./ListKindSelect.tsx";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function Effect({ value }: { readonly value: -1 | 0 | 1 }) {
  const { t } = useTranslation();
  if (value === 0) return <>0</>;
  return (
    <span className={`badge badge-small ${value > 0 ? "badge-warning" : "badge-success"}`}>
      {value > 0 ? t("areas.attribution.on") : t("areas.attribution.off")}
    </span>
  );
}

/** "Regelændring vs. reel ændring": the change in a list between two dates, area by area (DOMAIN.md §5). */
export function AttributionPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState("2009-12-31");
  const [to, setTo] = useState("2010-01-01");
  const [listKind, setListKind] = useState<ListKind | "">("");
  const { data, error, loading } = useApi(
    "/api/areas/attribution",
    from === "" || to === ""
      ? null
      : { params: { query: { from, to, ...(listKind === "" ? {} : { list: listKind }) } } },
  );
  const yesNo = (b: boolean) => (b ? t("areas.yes") : t("areas.no"));
  const side = (label: string, s: AttributionSide) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{s.date}</td>
      <td>
        <code>{s.ruleVersionId}</code>
      </td>
      <td>{s.factsYear}</td>
      <td>{s.listed}</td>
    </tr>
  );
  return (
    <>
      <h2>{t("areas.attribution.title")}</h2>
      <p>{t("areas.attribution.intro")}</p>
      <div className="row">
        <div className="col-12 col-md-3">
          <TextField
            id="attribution-from"
            type="date"
            width="input-width-s"
            label={t("areas.attribution.from")}
            value={from}
            onChange={setFrom}
          />
        </div>
        <div className="col-12 col-md-3">
          <TextField
            id="attribution-to"
            type="date"
            width="input-width-s"
            label={t("areas.attribution.to")}
            value={to}
            onChange={setTo}
          />
        </div>
        <div className="col-12 col-md-6">
          <ListKindSelect id="attribution-list" value={listKind} onChange={setListKind} />
        </div>
      </div>
      <ErrorAlert error={error} />
      {loading ? <p>{t("loading")}</p> : null}
      {data ? (
        <>
          <div className="alert alert-info mt-5" data-testid="attribution-summary">
            <div className="alert-body">
              <p className="alert-heading">
                {t("areas.attribution.totals", {
                  rule: signed(data.ruleChangeEffect),
                  real: signed(data.realChangeEffect),
                })}
              </p>
              <p className="alert-text">{data.summary}</p>
            </div>
          </div>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption>{t("areas.attribution.sidesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas.attribution.run")}</th>
                  <th scope="col">{t("areas.date")}</th>
                  <th scope="col">{t("areas.ruleVersion")}</th>
                  <th scope="col">{t("areas.attribution.factsYear")}</th>
                  <th scope="col">{t("areas.attribution.listedCount")}</th>
                </tr>
              </thead>
              <tbody>
                {side(t("areas.attribution.before"), data.before)}
                {side(t("areas.attribution.counterfactual"), data.counterfactual)}
                {side(t("areas.attribution.after"), data.after)}
              </tbody>
            </table>
          </div>
          <div className="table--responsive-scroll mt-6">
            <table className="table table--zebra table--compact" data-testid="attribution-table">
              <caption>
                {t("areas.attribution.caption", { from: data.before.date, to: data.after.date })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas.area")}</th>
                  <th scope="col">{t("areas.attribution.before")}</th>
                  <th scope="col">{t("areas.attribution.counterfactual")}</th>
                  <th scope="col">{t("areas.attribution.after")}</th>
                  <th scope="col">{t("areas.attribution.ruleEffect")}</th>
                  <th scope="col">{t("areas.attribution.realEffect")}</th>
                  <th scope="col">{t("areas.attribution.explanation")}</th>
                </tr>
              </thead>
              <tbody>
                {data.areas.map((a) => (
                  <tr key={a.areaId}>
                    <th scope="row">{a.areaName}</th>
                    <td>{yesNo(a.oldRulesOldFacts)}</td>
                    <td>{yesNo(a.newRulesOldFacts)}</td>
                    <td>{yesNo(a.newRulesNewFacts)}</td>
                    <td>
                      <Effect value={a.ruleChangeEffect} />
                    </td>
                    <td>
                      <Effect value={a.realChangeEffect} />
                    </td>
                    <td className="small-text">{a.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
