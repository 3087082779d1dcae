import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router-dom";
import { isEditable } from "../../../../src/domain/policy/report/round-workflow.ts";
import type { Finding } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useApi } from "../../useApi.ts";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { StatedTotalForm } from "./BudgetEditForms.tsx";
import { BudgetTableSection } from "./BudgetTableSection.tsx";
import { RoundPicker } from "./RoundPicker.tsx";
import { roundApi, roundParams, useCanEdit, useRoundDetail, useRoundSelection } from "./round.ts";
import { XlsxImportForm } from "./XlsxImportForm.tsx";

/** Every table of a round as CSV (the API's CSV_TABLES), each with its link text. */
const CSV_EXPORTS = [
  { table: "budget", label: "policy.budget.csvBudget" },
  { table: "findings", label: "policy.budget.csvFindings" },
  { table: "initiatives", label: "policy.budget.csvInitiatives" },
  { table: "status-schemas", label: "policy.budget.csvStatusSchemas" },
  { table: "indicators", label: "policy.budget.csvIndicators" },
] as const;

export function BudgetModule() {
  return (
    <Routes>
      <Route index element={<BudgetPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function BudgetPage() {
  const { t } = useTranslation();
  const selection = useRoundSelection();
  const { selected } = selection;
  const budget = useApi(
    "/api/policy/rounds/{committee}/{year}/budget",
    selected ? roundParams(selected) : null,
  );
  const round = useRoundDetail(selected);
  const canEdit = useCanEdit();
  const data = budget.data;
  const editable = data !== undefined && isEditable(data.status);

  // Findings are numbered across the page, table by table, so a marker names one message.
  const numbers = new Map<Finding, number>();
  for (const entry of data?.tables ?? []) {
    for (const finding of data?.findings ?? []) {
      if (finding.location.table === entry.table.id) numbers.set(finding, numbers.size + 1);
    }
  }
  const reload = () => {
    budget.reload();
    round.reload();
    void selection.refresh();
  };

  return (
    <>
      <h1>{t("nav.budget")}</h1>
      <p className="font-lead">{t("policy.budget.intro")}</p>
      <RoundPicker selection={selection} />
      <ErrorAlert error={budget.error} />
      {budget.loading && data === undefined ? <p>{t("loading")}</p> : null}
      {data !== undefined && selected !== undefined ? (
        <>
          <h2>{data.heading}</h2>
          <p>{t("policy.budget.computed")}</p>
          {data.tables.map((entry) => (
            <BudgetTableSection
              key={entry.table.id}
              table={entry.table}
              view={entry.view}
              findings={data.findings.filter((f) => f.location.table === entry.table.id)}
              numbers={numbers}
              round={round.data?.content}
              editing={
                canEdit && editable && round.data !== undefined
                  ? { detail: round.data, onSaved: reload }
                  : undefined
              }
            />
          ))}

          <h2>{t("policy.budget.editHeading")}</h2>
          {!canEdit ? <p>{t("policy.budget.readOnly")}</p> : null}
          {canEdit && !editable ? (
            <div className="alert alert-info">
              <div className="alert-body">
                <p className="alert-text">
                  {t(`policy.fieldEdit.locked.${data.status}`, t("policy.fieldEdit.locked.other"))}
                </p>
              </div>
            </div>
          ) : null}
          {canEdit && editable && round.data !== undefined ? (
            <>
              <p>{t("policy.budget.editInPlace")}</p>
              <h3 className="mt-8">{t("policy.budget.editTotal")}</h3>
              <p>{t("policy.budget.editTotalIntro")}</p>
              <StatedTotalForm
                detail={round.data}
                tables={data.tables.map((e) => e.table)}
                onSaved={reload}
              />
            </>
          ) : null}

          <h2 className="mt-8">{t("policy.budget.exchange")}</h2>
          <h3>{t("policy.budget.export")}</h3>
          <ul className="unstyled-list">
            <li className="mb-3">
              <a className="button button-secondary" href={roundApi(selected, "/export.xlsx")} download>
                {t("policy.budget.xlsx")}
              </a>
            </li>
            {CSV_EXPORTS.map(({ table, label }) => (
              <li key={table} className="mb-3">
                <a href={roundApi(selected, `/export/${table}.csv`)} download>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
          {canEdit && editable && round.data !== undefined ? (
            <>
              <h3>{t("policy.import.heading")}</h3>
              <XlsxImportForm detail={round.data} onImported={reload} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
