import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { assessmentBodyToText } from "../../../../src/domain/policy/report/round-parts.ts";
import type { GoalAssessment, PolicyGoal, RoundDetail } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, SelectField, TextAreaField, TextField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import { CaveatList, EvidenceList } from "./AssessmentGrounds.tsx";
import { EditableValue, usePartEdit } from "./PartEditors.tsx";

interface EditorProps {
  readonly detail: RoundDetail;
  readonly canEdit: boolean;
  onSaved(): void;
}

/** The goal's text and deadline, each editable in place. */
export function GoalTextEditor({
  detail,
  goal,
  canEdit,
  onSaved,
}: EditorProps & { readonly goal: PolicyGoal }) {
  const { t } = useTranslation();
  const { error, save } = usePartEdit(detail, onSaved);
  return (
    <>
      <ErrorAlert error={error} />
      <EditableValue
        id={`maal-${goal.code}-text`}
        label={t("policy.secretary.goal.text")}
        value={goal.text}
        display={<p className="font-lead mt-0">{goal.text}</p>}
        multiline
        canEdit={canEdit}
        onSave={(text) => save({ part: "goal", goalCode: goal.code, text })}
      />
      <EditableValue
        id={`maal-${goal.code}-deadline`}
        label={t("policy.secretary.goal.deadline")}
        value={goal.deadline}
        display={formatDate(goal.deadline)}
        type="date"
        canEdit={canEdit}
        onSave={(deadline) => save({ part: "goal", goalCode: goal.code, deadline })}
      />
    </>
  );
}

const STATUSES = ["on_track", "at_risk", "not_reachable", "not_yet_assessable"] as const;

/** The assessment as one form: status and its basis, the text, evidence, caveats, the recommendation. */
export function AssessmentEditor({
  detail,
  goal,
  assessment,
  canEdit,
  onSaved,
}: EditorProps & { readonly goal: PolicyGoal; readonly assessment: GoalAssessment }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState(assessment.status);
  const [statusBasis, setStatusBasis] = useState(assessment.statusBasis);
  const [body, setBody] = useState(() => assessmentBodyToText(assessment.body));
  const [recommendation, setRecommendation] = useState(assessment.recommendation);
  const [recommendationText, setRecommendationText] = useState(assessment.recommendationText);
  const [evidence, setEvidence] = useState([...assessment.evidence]);
  const [caveats, setCaveats] = useState([...assessment.caveats]);
  const submission = usePartEdit(detail, onSaved);
  const { busy, error, save } = submission;
  if (!canEdit) return null;
  if (!open) {
    return (
      <button
        type="button"
        className="button button-secondary mb-5"
        id={`maal-${assessment.goalCode}-vurdering`}
        onClick={() => setOpen(true)}
      >
        {t("policy.secretary.assessment.edit")}
      </button>
    );
  }
  return (
    <Form
      submission={submission}
      id={`maal-${assessment.goalCode}-vurdering`}
      className="mb-6"
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await save({
          part: "assessment",
          goalCode: assessment.goalCode,
          status,
          statusBasis,
          body,
          recommendation,
          recommendationText,
          evidence,
          caveats,
        });
        if (saved !== undefined) setOpen(false);
      }}
    >
      <ErrorAlert error={error} />
      <SelectField
        id={`${id}-status`}
        label={t("policy.secretary.assessment.status")}
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`policy.assessmentStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-basis`}
        name="statusBasis"
        label={t("policy.secretary.assessment.statusBasis")}
        width="input-width-xl"
        value={statusBasis}
        onChange={setStatusBasis}
      />
      <TextAreaField
        id={`${id}-body`}
        name="body"
        label={t("policy.secretary.assessment.body")}
        hint={t("policy.secretary.assessment.bodyHint")}
        rows={10}
        width="input-width-xl"
        value={body}
        onChange={setBody}
      />
      <EvidenceList id={id} goal={goal} evidence={evidence} onChange={setEvidence} />
      <CaveatList id={id} caveats={caveats} onChange={setCaveats} />
      <SelectField
        id={`${id}-recommendation`}
        label={t("policy.secretary.assessment.recommendation")}
        value={recommendation}
        onChange={(v) => setRecommendation(v as typeof recommendation)}
      >
        {(["keep", "change"] as const).map((r) => (
          <option key={r} value={r}>
            {t(`policy.recommendation.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-recommendation-text`}
        name="recommendationText"
        label={t("policy.secretary.assessment.recommendationText")}
        width="input-width-xl"
        value={recommendationText}
        onChange={setRecommendationText}
      />
      <button type="submit" className="button button-primary mr-4" disabled={busy}>
        {t("policy.secretary.save")}
      </button>
      <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
        {t("policy.secretary.cancel")}
      </button>
    </Form>
  );
}
