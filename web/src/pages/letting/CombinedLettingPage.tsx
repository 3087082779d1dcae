import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { DecisionPreview, DecisionRecord } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form } from "../../components/fields.tsx";
import { useSubmission } from "../../useSubmission.ts";
import { BenefitMonthsTable } from "./BenefitMonthsTable.tsx";
import { monthsOf, rowProblem } from "./benefit-months.ts";
import {
  ApplicantSection,
  ApplicationSection,
  CaseSection,
  SpouseSection,
  WaitingListSection,
} from "./CombinedLettingSections.tsx";
import {
  type CombinedLettingForm,
  emptyForm,
  type SetField,
  toApplication,
  toCaseRecord,
} from "./combined-letting-form.ts";
import { DecisionList } from "./DecisionList.tsx";
import { DecisionResult, PreviewResult } from "./DecisionResult.tsx";
import { useAreaOptions } from "./useAreaOptions.ts";

/**
 * "Kombineret udlejning": "Se resultat" computes the decision and its letter without storing
 * anything; "Træf afgørelse" stores it. The stored decisions, with their corrections and
 * annulments, below.
 */
export function CombinedLettingPage() {
  const { t } = useTranslation();
  const areas = useAreaOptions();
  const [form, setForm] = useState<CombinedLettingForm>(emptyForm);
  const submission = useSubmission();
  const { busy, error, run } = submission;
  const [preview, setPreview] = useState<DecisionPreview | null>(null);
  const [decision, setDecision] = useState<DecisionRecord | null>(null);
  const [refresh, setRefresh] = useState(0);
  const set: SetField = (key) => (value) => {
    setForm((f) => ({ ...f, [key]: value }));
    // A changed form makes the shown preview stale.
    setPreview(null);
  };

  function request() {
    // Rows that do not read are marked at their fields; the API would only refuse them again.
    if (form.benefitRows.some((r) => rowProblem(r) !== undefined)) return undefined;
    const spouseRows = form.relation === "none" ? [] : monthsOf(form.benefitRows, "spouse");
    const application = toApplication(form, monthsOf(form.benefitRows, "applicant"), spouseRows);
    const caseRecord = toCaseRecord(form);
    return { application, ...(caseRecord ? { case: caseRecord } : {}) };
  }

  async function showResult() {
    const body = request();
    if (body === undefined) return;
    setDecision(null);
    const answer = await run(() => api.POST("/api/letting/decisions/preview", { body }));
    if (answer !== undefined) setPreview(answer);
  }

  async function decide() {
    const body = request();
    if (body === undefined) return;
    const record = await run(() => api.POST("/api/letting/decisions", { body }));
    if (record === undefined) return;
    setPreview(null);
    setDecision(record);
    setForm((f) => ({ ...f, correctsId: null, correctionReason: "" }));
    setRefresh((r) => r + 1);
  }

  return (
    <>
      <h2>{t("letting.combined.title")}</h2>
      <p>{t("letting.combined.intro")}</p>
      <Form
        submission={submission}
        onSubmit={(e) => {
          e.preventDefault();
          void showResult();
        }}
      >
        <ApplicationSection form={form} set={set} areas={areas} />
        <ApplicantSection form={form} set={set} />
        <SpouseSection form={form} set={set} />
        <BenefitMonthsTable
          rows={form.benefitRows}
          withSpouse={form.relation !== "none"}
          onChange={set("benefitRows")}
        />
        <WaitingListSection form={form} set={set} />
        <CaseSection form={form} set={set} />
        <p className="form-hint">{t("letting.combined.designationNote")}</p>
        <div className="mt-4">
          <button type="submit" className="button button-secondary mr-4" disabled={busy}>
            {t("letting.preview.show")}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void decide()}
          >
            {busy
              ? t("letting.busy")
              : form.correctsId === null
                ? t("letting.combined.submit")
                : t("letting.case.submitCorrection")}
          </button>
        </div>
      </Form>
      <div className="mt-6">
        <ErrorAlert error={error} />
      </div>
      <PreviewResult preview={preview} />
      <DecisionResult decision={decision} />
      <DecisionList
        refresh={refresh}
        onCorrect={(id) => {
          setForm((f) => ({ ...f, correctsId: id }));
          document.getElementById("cl-correction-reason")?.focus();
        }}
      />
    </>
  );
}
