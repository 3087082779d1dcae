import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { DecisionRecord } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form } from "../../components/fields.tsx";
import { useSubmission } from "../../useSubmission.ts";
import { parseBenefitMonths } from "./benefit-months.ts";
import {
  ApplicantSection,
  ApplicationSection,
  SpouseSection,
  WaitingListSection,
} from "./CombinedLettingSections.tsx";
import {
  type CombinedLettingForm,
  emptyForm,
  type SetField,
  toApplication,
} from "./combined-letting-form.ts";
import { DecisionList } from "./DecisionList.tsx";
import { DecisionResult } from "./DecisionResult.tsx";
import { useAreaOptions } from "./useAreaOptions.ts";

/** "Kombineret udlejning": decide an application (§ 51 b) and see its letter; the stored decisions below. */
export function CombinedLettingPage() {
  const { t } = useTranslation();
  const areas = useAreaOptions();
  const [form, setForm] = useState<CombinedLettingForm>(emptyForm);
  const submission = useSubmission();
  const { busy, error, run } = submission;
  const [decision, setDecision] = useState<DecisionRecord | null>(null);
  const [refresh, setRefresh] = useState(0);
  const set: SetField = (key) => (value) => setForm((f) => ({ ...f, [key]: value }));

  const applicantMonths = parseBenefitMonths(form.applicantMonths);
  const spouseMonths = parseBenefitMonths(form.spouseMonths);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Lines that do not read are marked at their field; the API would only refuse them again.
    if (applicantMonths.badLines.length > 0 || spouseMonths.badLines.length > 0) return;
    setDecision(null);
    const application = toApplication(form, applicantMonths.months, spouseMonths.months);
    const record = await run(() => api.POST("/api/letting/decisions", { body: { application } }));
    if (record === undefined) return;
    setDecision(record);
    setRefresh((r) => r + 1);
  }

  return (
    <>
      <h2>{t("letting.combined.title")}</h2>
      <p>{t("letting.combined.intro")}</p>
      <Form submission={submission} onSubmit={(e) => void submit(e)}>
        <ApplicationSection form={form} set={set} areas={areas} />
        <ApplicantSection form={form} set={set} badLines={applicantMonths.badLines} />
        <SpouseSection form={form} set={set} badLines={spouseMonths.badLines} />
        <WaitingListSection form={form} set={set} />
        <p className="form-hint">{t("letting.combined.designationNote")}</p>
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          {busy ? t("letting.busy") : t("letting.combined.submit")}
        </button>
      </Form>
      <div className="mt-6">
        <ErrorAlert error={error} />
      </div>
      <DecisionResult decision={decision} />
      <DecisionList refresh={refresh} />
    </>
  );
}
