import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import { today } from "../../today.ts";
import { useApi } from "../../useApi.ts";

const SYMBOL = { gte: "≥", gt: ">", lt: "<", lte: "≤" } as const;

export function RulesPage() {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const { data, error, loading } = useApi("/api/rules", date === "" ? null : { params: { query: { date } } });
  return (
    <>
      <h2>{t("rules.title")}</h2>
      <p>{t("rules.intro")}</p>
      <TextField
        id="rules-date"
        type="date"
        width="input-width-s"
        label={t("rules.date")}
        value={date}
        onChange={setDate}
      />
      <ErrorAlert error={error} />
      {loading ? <p>{t("loading")}</p> : null}
      {data ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>
              {t("rules.caption", { date: formatDate(data.date), count: data.parameters.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("rules.parameter")}</th>
                <th scope="col">{t("rules.value")}</th>
                <th scope="col">{t("rules.from")}</th>
                <th scope="col">{t("rules.source")}</th>
              </tr>
            </thead>
            <tbody>
              {data.parameters.map((p) => (
                <tr key={p.id}>
                  <td>
                    <strong>{p.description}</strong>
                    <br />
                    <code className="small-text">{p.id}</code>
                  </td>
                  <td>
                    {p.comparator ? `${SYMBOL[p.comparator]} ` : ""}
                    {p.display}
                    {p.verify ? (
                      <>
                        <br />
                        <span className="badge badge-small badge-warning" title={p.note}>
                          {t("rules.verify")}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="text-nowrap">{formatDate(p.effectiveFrom)}</td>
                  <td>
                    {[p.source.act, p.source.section, p.source.bill, p.source.document]
                      .filter(Boolean)
                      .join(", ")}
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
