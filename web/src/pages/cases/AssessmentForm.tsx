import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/fields.tsx";
import { today } from "../../today.ts";
import { useSubmission } from "../../useSubmission.ts";

interface Parameter {
  readonly key: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/** An assessment of the young person: a date and a score on each of the ten parameters. */
export function AssessmentForm({
  caseId,
  parameters,
  onSaved,
}: {
  readonly caseId: number;
  readonly parameters: readonly Parameter[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [assessedOn, setAssessedOn] = useState(today());
  const [scores, setScores] = useState<Record<string, string>>({});
  const saving = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      assessedOn,
      scores: Object.fromEntries(parameters.map((p) => [p.key, Number(scores[p.key] ?? "")])),
    };
    const saved = await saving.run(() =>
      api.POST("/api/cases/{id}/assessments", { params: { path: { id: caseId } }, body }),
    );
    if (saved === undefined) return;
    setScores({});
    onSaved();
  }

  return (
    <form className="mt-6" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t("cases.assessment.title")}</h3>
      <ErrorAlert error={saving.error} />
      <TextField
        id="assessment-date"
        type="date"
        width="input-width-s"
        label={t("cases.assessment.date")}
        value={assessedOn}
        onChange={setAssessedOn}
      />
      {parameters.map((p) => (
        <TextField
          key={p.key}
          id={`score-${p.key}`}
          type="number"
          width="input-width-xs"
          label={`${p.name} (${p.min}–${p.max})`}
          value={scores[p.key] ?? ""}
          onChange={(v) => setScores((s) => ({ ...s, [p.key]: v }))}
        />
      ))}
      <button type="submit" className="button button-primary" disabled={saving.busy}>
        {t("cases.assessment.submit")}
      </button>
    </form>
  );
}
