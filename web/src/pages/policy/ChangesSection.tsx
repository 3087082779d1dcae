import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ReportingRound, RoundChange, RoundSummary } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatMillions } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { roundParams } from "./round.ts";

function cellText(text: string, t: TFunction): string {
  if (/^-?\d+$/.test(text)) return t("policy.budget.millions", { value: formatMillions(Number(text)) });
  if (text === "") return t("policy.changes.blank");
  return text;
}

function describe(change: RoundChange, round: ReportingRound, t: TFunction): [string, string, string] {
  const tableTitle = (id: string) => round.budget.tables.find((tb) => tb.id === id)?.title ?? id;
  switch (change.kind) {
    case "initiative_added":
      return [change.name, "–", t("policy.changes.initiativeAdded")];
    case "initiative_removed":
      return [change.name, t("policy.changes.initiativeRemoved"), "–"];
    case "status_field":
      return [`${change.name} › ${change.label}`, change.before, change.after];
    case "budget_cell":
      return [
        `${tableTitle(change.tableId)} › ${change.label} › ${change.year}`,
        cellText(change.before, t),
        cellText(change.after, t),
      ];
    case "budget_line_added":
      return [`${tableTitle(change.tableId)} › ${change.label}`, "–", t("policy.changes.lineAdded")];
    case "budget_line_removed":
      return [`${tableTitle(change.tableId)} › ${change.label}`, t("policy.changes.lineRemoved"), "–"];
    case "stated_total":
      return [
        `${tableTitle(change.tableId)} › ${change.label} (${t("policy.changes.stated")})`,
        cellText(change.before, t),
        cellText(change.after, t),
      ];
    case "assessment_status":
      return [
        t("policy.changes.assessment", { code: change.goalCode }),
        t(`policy.assessmentStatus.${change.before}`),
        t(`policy.assessmentStatus.${change.after}`),
      ];
  }
}

/** What changed, field by field, since the round this one was copied from (last year's, or the version it corrects). */
export function ChangesSection({
  selected,
  round,
}: {
  readonly selected: RoundSummary;
  readonly round: ReportingRound;
}) {
  const { t } = useTranslation();
  const { data, error } = useApi("/api/policy/rounds/{committee}/{year}/changes", roundParams(selected));
  if (error !== undefined) return <ErrorAlert error={error} />;
  if (data === undefined) return <p>{t("loading")}</p>;
  if (data.source === null) return <p>{t("policy.changes.noSource")}</p>;
  const source = data.source;
  return (
    <>
      <p>
        {t("policy.changes.comparedWith", {
          committee: source.committeeCode,
          year: source.year,
          version: source.version,
          status: t(`policy.roundStatus.${source.status}`),
        })}
      </p>
      {data.changes.length === 0 ? (
        <p>{t("policy.changes.none")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid="changes">
            <caption>{t("policy.changes.caption", { count: data.changes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("policy.changes.where")}</th>
                <th scope="col">{t("policy.changes.before")}</th>
                <th scope="col">{t("policy.changes.after")}</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((change, index) => {
                const [where, before, after] = describe(change, round, t);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: changes are listed in order
                  <tr key={index}>
                    <th scope="row" lang="da">
                      {where}
                    </th>
                    <td style={{ whiteSpace: "pre-wrap" }} lang="da">
                      {before}
                    </td>
                    <td style={{ whiteSpace: "pre-wrap" }} lang="da">
                      {after}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
