import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { FlexibleResult } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { CheckboxField, Form, TextField } from "../../components/fields.tsx";
import { useSubmission } from "../../useSubmission.ts";
import { AreaSelect } from "./AreaSelect.tsx";
import { LetterText } from "./LetterText.tsx";
import { useAreaOptions } from "./useAreaOptions.ts";

interface ApplicantRow {
  key: number;
  pseudonym: string;
  position: string;
  inWork: boolean;
  student: boolean;
  pensioner: boolean;
  divorcedOn: string;
}

let nextKey = 0;
const newRow = (): ApplicantRow => ({
  key: nextKey++,
  pseudonym: "",
  position: "",
  inWork: false,
  student: false,
  pensioner: false,
  divorcedOn: "",
});

/** "Fleksibel udlejning" (§ 60): the priority order for one vacancy and the share reserved. */
export function FlexibleLettingPage() {
  const { t } = useTranslation();
  const areas = useAreaOptions();
  const [date, setDate] = useState("");
  const [areaId, setAreaId] = useState("");
  const [vacancyId, setVacancyId] = useState("");
  const [vacancyNumber, setVacancyNumber] = useState("1");
  const [rows, setRows] = useState<ApplicantRow[]>(() => [newRow(), newRow()]);
  const [result, setResult] = useState<FlexibleResult | null>(null);
  const submission = useSubmission();
  const { busy, error, run } = submission;
  // The API names an applicant by its place among the rows sent (rows without a pseudonym are not sent).
  const sent = rows.filter((r) => r.pseudonym !== "");
  const applicantField = (row: ApplicantRow, field: string) => {
    const index = sent.indexOf(row);
    return index < 0 ? undefined : `applicants.${index}.${field}`;
  };
  const update = (key: number, patch: Partial<ApplicantRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const answer = await run(() =>
      api.POST("/api/letting/flexible", {
        body: {
          date,
          vacancy: { vacancyId, areaId, vacancyNumberInYear: Number(vacancyNumber) },
          applicants: sent.map((r) => ({
            pseudonym: r.pseudonym,
            waitingListPosition: Number(r.position),
            ...(r.inWork ? { inWork: true } : {}),
            ...(r.student ? { student: true } : {}),
            ...(r.pensioner ? { oldAgePensioner: true } : {}),
            ...(r.divorcedOn === "" ? {} : { divorcedOrSeparatedOn: r.divorcedOn }),
          })),
        },
      }),
    );
    if (answer !== undefined) setResult(answer);
  }

  return (
    <>
      <h2>{t("letting.flexible.title")}</h2>
      <p>{t("letting.flexible.intro")}</p>
      <Form submission={submission} onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend className="h3">{t("letting.flexible.vacancy")}</legend>
          <TextField
            id="fl-date"
            name="date"
            type="date"
            width="input-width-s"
            label={t("letting.date")}
            value={date}
            onChange={setDate}
          />
          <AreaSelect
            id="fl-area"
            name="vacancy.areaId"
            label={t("letting.area")}
            noneLabel={t("letting.chooseArea")}
            areas={areas}
            value={areaId}
            onChange={setAreaId}
          />
          <TextField
            id="fl-vacancy"
            name="vacancy.vacancyId"
            label={t("letting.flexible.vacancyId")}
            value={vacancyId}
            onChange={setVacancyId}
          />
          <TextField
            id="fl-number"
            name="vacancy.vacancyNumberInYear"
            type="number"
            width="input-width-xs"
            label={t("letting.flexible.vacancyNumber")}
            hint={t("letting.flexible.vacancyNumberHint")}
            value={vacancyNumber}
            onChange={setVacancyNumber}
          />
        </fieldset>
        {rows.map((row, i) => (
          <fieldset key={row.key} className="mt-5">
            <legend className="h4">{t("letting.flexible.applicant", { n: i + 1 })}</legend>
            <div className="row">
              <div className="col-12 col-md-4">
                <TextField
                  id={`fl-pseudonym-${row.key}`}
                  name={applicantField(row, "pseudonym")}
                  label={t("letting.pseudonym")}
                  width="input-width-s"
                  value={row.pseudonym}
                  onChange={(v) => update(row.key, { pseudonym: v })}
                />
              </div>
              <div className="col-12 col-md-4">
                <TextField
                  id={`fl-position-${row.key}`}
                  name={applicantField(row, "waitingListPosition")}
                  type="number"
                  width="input-width-xs"
                  label={t("letting.flexible.position")}
                  value={row.position}
                  onChange={(v) => update(row.key, { position: v })}
                />
              </div>
              <div className="col-12 col-md-4">
                <TextField
                  id={`fl-divorced-${row.key}`}
                  name={applicantField(row, "divorcedOrSeparatedOn")}
                  type="date"
                  width="input-width-s"
                  label={t("letting.flexible.divorcedOn")}
                  value={row.divorcedOn}
                  onChange={(v) => update(row.key, { divorcedOn: v })}
                />
              </div>
            </div>
            <CheckboxField
              id={`fl-work-${row.key}`}
              label={t("letting.flexible.inWork")}
              checked={row.inWork}
              onChange={(v) => update(row.key, { inWork: v })}
            />
            <CheckboxField
              id={`fl-student-${row.key}`}
              label={t("letting.flexible.student")}
              checked={row.student}
              onChange={(v) => update(row.key, { student: v })}
            />
            <CheckboxField
              id={`fl-pensioner-${row.key}`}
              label={t("letting.flexible.pensioner")}
              checked={row.pensioner}
              onChange={(v) => update(row.key, { pensioner: v })}
            />
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-secondary mt-4 mr-4"
          onClick={() => setRows((r) => [...r, newRow()])}
        >
          {t("letting.flexible.addApplicant")}
        </button>{" "}
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          {busy ? t("letting.busy") : t("letting.flexible.submit")}
        </button>
      </Form>
      <div className="mt-6">
        <ErrorAlert error={error} />
      </div>
      {result ? (
        <>
          <div className="alert alert-info mt-4" role="status">
            <div className="alert-body">
              <p className="alert-heading">
                {result.vacancyIsFlexible
                  ? t("letting.flexible.isFlexible")
                  : t("letting.flexible.isOrdinary")}
              </p>
              <p className="alert-text">
                {t("letting.flexible.reserved", { share: result.reservedShare.display })}{" "}
                {result.areaShareSource === "facts" ? t("letting.flexible.shareFromFacts") : ""}
              </p>
            </div>
          </div>
          <div className="table--responsive-scroll">
            <table className="table table--zebra table--compact" data-testid="flexible-order">
              <caption>{t("letting.flexible.orderCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("letting.flexible.rank")}</th>
                  <th scope="col">{t("letting.pseudonym")}</th>
                  <th scope="col">{t("letting.flexible.position")}</th>
                  <th scope="col">{t("letting.flexible.priority")}</th>
                  <th scope="col">{t("letting.flexible.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {result.order.map((o) => (
                  <tr key={o.pseudonym}>
                    <th scope="row">{o.rank}</th>
                    <td>{o.pseudonym}</td>
                    <td>{o.waitingListPosition}</td>
                    <td>{o.priority ? t("letting.yes") : t("letting.no")}</td>
                    <td>{o.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t("letting.letter")}</h3>
          <LetterText text={result.justification.text} />
        </>
      ) : null}
    </>
  );
}
