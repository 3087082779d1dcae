import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RoundStatus } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import type { RoundSelection } from "./round.ts";

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
        <SelectField
          id={`${id}-committee`}
          groupClassName="form-group mr-5"
          label={t("policy.picker.committee")}
          value={committee}
          onChange={(value) => selection.select(value)}
        >
          {committees.map((code) => (
            <option key={code} value={code}>
              {nameOf(code) === undefined ? code : `${code} – ${nameOf(code)}`}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-year`}
          groupClassName="form-group mr-5"
          label={t("policy.picker.year")}
          width="input-width-xs"
          value={String(selected?.year ?? "")}
          onChange={(value) => selection.select(committee, Number(value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-version`}
          groupClassName="form-group mr-5"
          label={t("policy.picker.version")}
          value={String(selected?.version ?? "")}
          onChange={(value) => {
            if (selected !== undefined) selection.select(committee, selected.year, Number(value));
          }}
        >
          {versions.map((r) => (
            <option key={r.version} value={r.version}>
              {t("policy.picker.versionOption", {
                version: r.version,
                status: t(`policy.roundStatus.${r.status}`),
              })}
            </option>
          ))}
        </SelectField>
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
