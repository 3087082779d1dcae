import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, TextField } from "../../components/fields.tsx";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";
import { AreaSelect } from "./AreaSelect.tsx";
import { useAreaOptions } from "./useAreaOptions.ts";

/** "Særboliger": dwellings created per year against the plan (500 in 2007-2011), and the register. */
export function SpecialDwellingsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const areas = useAreaOptions();
  const { data, error, reload } = useApi("/api/letting/special-dwellings");
  const mayAdd = user?.role === "admin" || user?.role === "caseworker";
  const [year, setYear] = useState("");
  const [dwellings, setDwellings] = useState("");
  const [areaId, setAreaId] = useState("");
  const [description, setDescription] = useState("");
  const saving = useSubmission();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const row = await saving.run(() =>
      api.POST("/api/letting/special-dwellings", {
        body: {
          year: Number(year),
          dwellings: Number(dwellings),
          description,
          ...(areaId === "" ? {} : { areaId }),
        },
      }),
    );
    if (row === undefined) return;
    setSaved(true);
    setDwellings("");
    setDescription("");
    reload();
  }

  const p = data?.progress;
  return (
    <>
      <h2>{t("letting.special.title")}</h2>
      <p>{t("letting.special.intro")}</p>
      <ErrorAlert error={error} />
      {p && data ? (
        <>
          <div className={`alert mt-4 ${p.onTrack ? "alert-success" : "alert-warning"}`}>
            <div className="alert-body">
              <p className="alert-heading" data-testid="special-summary">
                {t("letting.special.summary", {
                  created: p.createdTotal,
                  target: p.target,
                  remaining: p.remaining,
                  start: p.periodStart.slice(0, 4),
                  end: p.periodEnd.slice(0, 4),
                })}
              </p>
              <p className="alert-text">
                {p.onTrack ? t("letting.special.onTrack") : t("letting.special.behind")}
              </p>
            </div>
          </div>
          <div className="table--responsive-scroll">
            <table className="table table--zebra table--compact" data-testid="special-progress">
              <caption>{t("letting.special.progressCaption", { target: p.target, asOf: data.asOf })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("letting.special.year")}</th>
                  <th scope="col">{t("letting.special.created")}</th>
                  <th scope="col">{t("letting.special.cumulative")}</th>
                  <th scope="col">{t("letting.special.planned")}</th>
                  <th scope="col">{t("letting.special.onPlan")}</th>
                </tr>
              </thead>
              <tbody>
                {p.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{y.created}</td>
                    <td>{y.cumulative}</td>
                    <td>{y.plannedCumulative}</td>
                    <td>
                      {y.onTrack ? (
                        <span className="badge badge-small badge-success">{t("letting.yes")}</span>
                      ) : (
                        <span className="badge badge-small badge-warning">{t("letting.no")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("letting.special.register")}</h3>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption>{t("letting.special.registerCaption", { count: data.rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("letting.special.year")}</th>
                  <th scope="col">{t("letting.special.dwellings")}</th>
                  <th scope="col">{t("letting.area")}</th>
                  <th scope="col">{t("letting.special.description")}</th>
                  <th scope="col">{t("letting.special.referral")}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.year}</td>
                    <td>{r.dwellings}</td>
                    <td>{r.areaId ?? "–"}</td>
                    <td>{r.description}</td>
                    <td>{Math.round(r.municipalReferralShare * 100)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {mayAdd ? (
        <>
          <h3 className="mt-6">{t("letting.special.add")}</h3>
          <Form submission={saving} onSubmit={(e) => void submit(e)}>
            <TextField
              id="sd-year"
              name="year"
              type="number"
              width="input-width-xs"
              label={t("letting.special.year")}
              value={year}
              onChange={setYear}
            />
            <TextField
              id="sd-dwellings"
              name="dwellings"
              type="number"
              width="input-width-xs"
              label={t("letting.special.dwellings")}
              value={dwellings}
              onChange={setDwellings}
            />
            <AreaSelect
              id="sd-area"
              name="areaId"
              label={t("letting.special.areaOptional")}
              noneLabel={t("letting.special.noArea")}
              areas={areas}
              value={areaId}
              onChange={setAreaId}
            />
            <TextField
              id="sd-description"
              name="description"
              width="input-width-xl"
              label={t("letting.special.description")}
              value={description}
              onChange={setDescription}
            />
            <button type="submit" className="button button-primary mt-4">
              {t("letting.special.submit")}
            </button>
          </Form>
          <ErrorAlert error={saving.error} />
          <div role="status">{saved ? <p className="mt-4">{t("letting.special.saved")}</p> : null}</div>
        </>
      ) : null}
    </>
  );
}
