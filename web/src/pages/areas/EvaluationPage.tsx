import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LettingEvaluationRow } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/fields.tsx";
import { formatNumber } from "../../format.ts";
import { useApi } from "../../useApi.ts";

const WITHHELD = "–";
const signed = (value: number | null, decimals = 0) =>
  value === null ? WITHHELD : `${value > 0 ? "+" : ""}${formatNumber(value, decimals)}`;
const percent = (value: number | null) => (value === null ? WITHHELD : `${formatNumber(value, 1)} %`);
const isYear = (text: string) => /^\d{4}$/.test(text);

/** A cell that may be withheld: "–" with the reason as its title and for screen readers. */
function Cell({
  row,
  field,
  text,
}: {
  readonly row: LettingEvaluationRow;
  readonly field: string;
  readonly text: string;
}) {
  const reason = row.suppressed[field];
  if (reason === undefined) return <td className="text-align-right">{text}</td>;
  return (
    <td className="text-align-right" title={reason}>
      <span aria-hidden="true">{WITHHELD}</span>
      <span className="sr-only">{reason}</span>
    </td>
  );
}

/**
 * "Evaluering af udlejningsaftalen": the seed's evaluation table (DOMAIN.md §5) for any two years
 * of a register batch, with withheld cells marked.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState("2006");
  const [to, setTo] = useState("2008");
  const [batch, setBatch] = useState("");
  const ready = isYear(from) && isYear(to);
  const { data, error, loading } = useApi(
    "/api/register/evaluation",
    ready
      ? {
          params: {
            query: {
              from: Number(from),
              to: Number(to),
              ...(batch.trim() === "" ? {} : { batch: batch.trim() }),
            },
          },
        }
      : null,
  );
  const rows = data ? [...data.rows, data.all] : [];
  return (
    <>
      <h2>{t("areas.evaluation.title")}</h2>
      <p>{t("areas.evaluation.intro")}</p>
      <div className="row">
        <div className="col-12 col-md-3">
          <TextField
            id="evaluation-from"
            type="number"
            width="input-width-xs"
            label={t("areas.evaluation.from")}
            value={from}
            onChange={setFrom}
          />
        </div>
        <div className="col-12 col-md-3">
          <TextField
            id="evaluation-to"
            type="number"
            width="input-width-xs"
            label={t("areas.evaluation.to")}
            value={to}
            onChange={setTo}
          />
        </div>
        <div className="col-12 col-md-6">
          <TextField
            id="evaluation-batch"
            width="input-width-l"
            label={t("areas.evaluation.batch")}
            hint={t("areas.evaluation.batchHint")}
            value={batch}
            onChange={setBatch}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      {loading ? <p>{t("loading")}</p> : null}
      {data ? (
        <>
          <p className="small-text">
            {t("areas.evaluation.source", {
              batch: data.batch.name,
              id: data.batch.id,
              from: data.from,
              to: data.to,
            })}
          </p>
          <div className="table--responsive-scroll">
            <table className="table table--zebra table--compact" data-testid="evaluation-table">
              <caption>{t("areas.evaluation.caption", { from: data.from, to: data.to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas.evaluation.areaType")}</th>
                  <th scope="col">{t("areas.evaluation.fullyVacated")}</th>
                  <th scope="col">{t("areas.evaluation.notFullyVacated")}</th>
                  <th scope="col">{t("areas.evaluation.total")}</th>
                  <th scope="col">{t("areas.evaluation.shareChangePp")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.areaType}>
                    <th scope="row">{row.label}</th>
                    <Cell row={row} field="fullyVacated" text={signed(row.fullyVacated)} />
                    <Cell row={row} field="notFullyVacated" text={signed(row.notFullyVacated)} />
                    <Cell row={row} field="total" text={signed(row.total)} />
                    <Cell row={row} field="shareChangePp" text={signed(row.shareChangePp, 1)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table--responsive-scroll mt-6">
            <table className="table table--zebra table--compact" data-testid="evaluation-shares">
              <caption>{t("areas.evaluation.sharesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("areas.evaluation.areaType")}</th>
                  <th scope="col">{t("areas.evaluation.all", { year: data.from })}</th>
                  <th scope="col">{t("areas.evaluation.all", { year: data.to })}</th>
                  <th scope="col">{t("areas.evaluation.moversIn", { year: data.to })}</th>
                  <th scope="col">{t("areas.evaluation.moversOut", { year: data.from })}</th>
                  <th scope="col">{t("areas.evaluation.stayers", { year: data.from })}</th>
                  <th scope="col">{t("areas.evaluation.stayers", { year: data.to })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.areaType}>
                    <th scope="row">{row.label}</th>
                    <Cell row={row} field="share.from" text={percent(row.share.from)} />
                    <Cell row={row} field="share.to" text={percent(row.share.to)} />
                    <Cell row={row} field="moverInShare" text={percent(row.moverInShare)} />
                    <Cell row={row} field="moverOutShare" text={percent(row.moverOutShare)} />
                    <Cell row={row} field="stayerShare.from" text={percent(row.stayerShare.from)} />
                    <Cell row={row} field="stayerShare.to" text={percent(row.stayerShare.to)} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("areas.evaluation.definitions")}</h3>
          <ul>
            {[...data.definition.text, ...data.notes].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
