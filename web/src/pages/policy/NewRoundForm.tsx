import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { yearOf } from "../../../../src/domain/law/iso-date.ts";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, SelectField, TextField } from "../../components/fields.tsx";
import { today } from "../../today.ts";
import { useSubmission } from "../../useSubmission.ts";
import type { RoundSelection } from "./round.ts";

/**
 * The integration administration's yearly request: a new round for a committee, started as a copy of
 * the committee's latest round.
 */
export function NewRoundForm({ selection }: { readonly selection: RoundSelection }) {
  const { t } = useTranslation();
  const id = useId();
  const rounds = selection.rounds ?? [];
  const committees = [
    ...new Set([
      ...selection.organisations.filter((o) => o.kind === "committee").map((o) => o.code),
      ...rounds.map((r) => r.committeeCode),
    ]),
  ].sort();
  const [committee, setCommittee] = useState(selection.selected?.committeeCode ?? committees[0] ?? "");
  const latestYear = Math.max(0, ...rounds.filter((r) => r.committeeCode === committee).map((r) => r.year));
  const [year, setYear] = useState(() => String(latestYear > 0 ? latestYear + 1 : yearOf(today())));
  const [requestDate, setRequestDate] = useState(today);
  const [deadline, setDeadline] = useState("");
  const submission = useSubmission();
  const { busy, error, run } = submission;
  const nameOf = (code: string) => selection.organisations.find((o) => o.code === code)?.name;

  return (
    <Form
      submission={submission}
      className="new-round"
      onSubmit={async (e) => {
        e.preventDefault();
        await run(async () => {
          const created = await api.POST("/api/policy/rounds", {
            body: { committee, year: Number(year), requestDate, deadline: deadline === "" ? null : deadline },
          });
          await selection.refresh();
          selection.select(created.committeeCode, created.year, created.version);
        });
      }}
    >
      <p>{t("policy.newRound.intro")}</p>
      <ErrorAlert error={error} />
      <div className="d-flex flex-wrap align-items-end">
        <SelectField
          id={`${id}-committee`}
          name="committee"
          groupClassName="form-group mr-5"
          label={t("policy.picker.committee")}
          value={committee}
          required
          onChange={setCommittee}
        >
          {committees.map((code) => (
            <option key={code} value={code}>
              {nameOf(code) === undefined ? code : `${code} – ${nameOf(code)}`}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-year`}
          name="year"
          groupClassName="form-group mr-5"
          label={t("policy.picker.year")}
          width="input-width-xs"
          inputMode="numeric"
          pattern="[0-9]{4}"
          required
          value={year}
          onChange={setYear}
        />
        <TextField
          id={`${id}-request`}
          name="requestDate"
          groupClassName="form-group mr-5"
          label={t("policy.newRound.requestDate")}
          type="date"
          width=""
          required
          value={requestDate}
          onChange={setRequestDate}
        />
        <TextField
          id={`${id}-deadline`}
          name="deadline"
          groupClassName="form-group mr-5"
          label={
            <>
              {t("policy.newRound.deadline")}{" "}
              <span className="weight-normal">{t("policy.newRound.optional")}</span>
            </>
          }
          type="date"
          width=""
          value={deadline}
          onChange={setDeadline}
        />
      </div>
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.newRound.submit")}
      </button>
    </Form>
  );
}
