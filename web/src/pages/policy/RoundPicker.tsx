import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "./format.ts";
import type { RoundSelection } from "./round.ts";
import type { RoundStatus } from "./types.ts";

const BADGE: Readonly<Record<RoundStatus, string>> = {
  requested: "badge",
  draft: "badge badge-info",
  review: "badge badge-warning",
  approved: "badge badge-success",
  published: "badge badge-success",
};

/** The round's status as a DKFDS badge; the word says it, the colour only repeats it. */
export function RoundStatusBadge({ status }: { readonly status: RoundStatus }) {
  const { t } = useTranslation();
  return (
    <span className={BADGE[status]} data-testid="round-status">
      {t(`policy.roundStatus.${status}`)}
    </span>
  );
}

/**
 * Committee, year and version of the round every page of the module shows. The choice lives in the
 * URL query, so a link shows the same round to the next reader.
 */
export function RoundPicker({ selection }: { readonly selection: RoundSelection }) {
  const { t } = useTranslation();
  const id = useId();
  const { rounds, selected, organisations } = selection;
  if (selection.error !== undefined) return <ErrorAlert error={selection.error} />;
  if (rounds === undefined) return <p>{t("loading")}</p>;
  if (rounds.length === 0) {
    return (
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text">{t("policy.picker.none")}</p>
        </div>
      </div>
    );
  }

  const committees = [...new Set(rounds.map((r) => r.committeeCode))].sort();
  const committee = selected?.committeeCode ?? committees[0] ?? "";
  const years = [...new Set(rounds.filter((r) => r.committeeCode === committee).map((r) => r.year))];
  const versions = rounds.filter((r) => r.committeeCode === committee && r.year === selected?.year);
  const nameOf = (code: string) => organisations.find((o) => o.code === code)?.name;

  return (
    <fieldset className="round-picker mb-6">
      <legend className="h5 mb-0">{t("policy.picker.legend")}</legend>
      <div className="d-flex flex-wrap align-items-end">
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-committee`}>
            {t("policy.picker.committee")}
          </label>
          <select
            id={`${id}-committee`}
            className="form-select"
            value={committee}
            onChange={(e) => selection.select(e.target.value)}
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
          <select
            id={`${id}-year`}
            className="form-select input-width-xs"
            value={selected?.year ?? ""}
            onChange={(e) => selection.select(committee, Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-version`}>
            {t("policy.picker.version")}
          </label>
          <select
            id={`${id}-version`}
            className="form-select"
            value={selected?.version ?? ""}
            onChange={(e) =>
              selected !== undefined && selection.select(committee, selected.year, Number(e.target.value))
            }
          >
            {versions.map((r) => (
              <option key={r.version} value={r.version}>
                {t("policy.picker.versionOption", {
                  version: r.version,
                  status: t(`policy.roundStatus.${r.status}`),
                })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {selected !== undefined ? (
        <p className="mt-4 mb-0" aria-live="polite">
          {t("policy.picker.status")} <RoundStatusBadge status={selected.status} />
          {selected.deadline !== null ? (
            <span className="ml-4">
              {t("policy.picker.deadline", { date: formatDate(selected.deadline) })}
            </span>
          ) : null}
        </p>
      ) : null}
      {selection.notFound ? (
        <div className="alert alert-warning mt-4" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t("policy.picker.notFound")}</p>
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
