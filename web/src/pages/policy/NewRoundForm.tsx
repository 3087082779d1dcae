import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useSubmission } from "../../useSubmission.ts";
import type { RoundSelection } from "./round.ts";
import type { RoundState } from "./types.ts";

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
  const [year, setYear] = useState(
    latestYear > 0 ? String(latestYear + 1) : String(new Date().getFullYear()),
  );
  const [requestDate, setRequestDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [deadline, setDeadline] = useState("");
  const { busy, error, run } = useSubmission();
  const nameOf = (code: string) => selection.organisations.find((o) => o.code === code)?.name;

  return (
    <form
      className="new-round"
      onSubmit={async (e) => {
        e.preventDefault();
        await run(async () => {
          const created = await api<RoundState>("POST", "/api/policy/rounds", {
            committee,
            year: Number(year),
            requestDate,
            deadline: deadline === "" ? null : deadline,
          });
          await selection.refresh();
          selection.select(created.committeeCode, created.year, created.version);
        });
      }}
    >
      <p>{t("policy.newRound.intro")}</p>
      <ErrorAlert error={error} />
      <div className="d-flex flex-wrap align-items-end">
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-committee`}>
            {t("policy.picker.committee")}
          </label>
          <select
            id={`${id}-committee`}
            className="form-select"
            value={committee}
            required
            onChange={(e) => setCommittee(e.target.value)}
          >
            {committees.map((code) => (
              <option key={code} value={code}>
                {nameOf(code) === undefined ? code : `${code} – ${nameOf(code)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-year`}>
            {t("policy.picker.year")}
          </label>
          <input
            id={`${id}-year`}
            className="form-input input-width-xs"
            type="text"
            inputMode="numeric"
            pattern="[0-9]{4}"
            required
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-request`}>
            {t("policy.newRound.requestDate")}
          </label>
          <input
            id={`${id}-request`}
            className="form-input"
            type="date"
            required
            value={requestDate}
            onChange={(e) => setRequestDate(e.target.value)}
          />
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-deadline`}>
            {t("policy.newRound.deadline")}{" "}
            <span className="weight-normal">{t("policy.newRound.optional")}</span>
          </label>
          <input
            id={`${id}-deadline`}
            className="form-input"
            type="date"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.newRound.submit")}
      </button>
    </form>
  );
}
