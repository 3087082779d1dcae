import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { assessmentBodyToText } from "../../../../src/domain/policy/report/round-parts.ts";
import type { GoalAssessment, PolicyGoal, RoundDetail, TrackedIndicator } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextAreaField, TextField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
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

/** The assessment as one form: status and its basis, the text, the recommendation. */
export function AssessmentEditor({
  detail,
  assessment,
  canEdit,
  onSaved,
}: EditorProps & { readonly assessment: GoalAssessment }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState(assessment.status);
  const [statusBasis, setStatusBasis] = useState(assessment.statusBasis);
  const [body, setBody] = useState(() => assessmentBodyToText(assessment.body));
  const [recommendation, setRecommendation] = useState(assessment.recommendation);
  const [recommendationText, setRecommendationText] = useState(assessment.recommendationText);
  const { busy, error, save } = usePartEdit(detail, onSaved);
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
    <form
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
        label={t("policy.secretary.assessment.statusBasis")}
        width="input-width-xl"
        value={statusBasis}
        onChange={setStatusBasis}
      />
      <TextAreaField
        id={`${id}-body`}
        label={t("policy.secretary.assessment.body")}
        hint={t("policy.secretary.assessment.bodyHint")}
        rows={10}
        width="input-width-xl"
        value={body}
        onChange={setBody}
      />
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
    </form>
  );
}

/** A yearly measurement added by hand, and a measurement deleted with the reason kept in the history. */
export function MeasurementEditor({
  detail,
  goal,
  tracked,
  canEdit,
  onSaved,
}: EditorProps & { readonly goal: PolicyGoal; readonly tracked: TrackedIndicator }) {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState(String(detail.year - 1));
  const [value, setValue] = useState("");
  const [statedText, setStatedText] = useState("");
  const [source, setSource] = useState(tracked.indicator.source);
  const [deleting, setDeleting] = useState("");
  const [reason, setReason] = useState("");
  const { busy, error, save } = usePartEdit(detail, onSaved);
  if (!canEdit) return null;
  const indicator = { goalCode: goal.code, indicatorId: tracked.indicator.id };
  return (
    <div className="measurement-editor mb-6" data-testid={`measurement-editor-${tracked.indicator.id}`}>
      <ErrorAlert error={error} />
      <form
        className="d-flex flex-wrap align-items-end"
        onSubmit={async (e) => {
          e.preventDefault();
          const number = Number(value.replace(/\./g, "").replace(",", "."));
          const saved = await save({
            part: "measurement",
            action: "add",
            ...indicator,
            measurement: {
              id: `${tracked.indicator.id}-${year}-${detail.revision}`,
              period: { kind: "year", year: Number(year) },
              value: value.trim() === "" || !Number.isFinite(number) ? null : number,
              statedText: statedText.trim() === "" ? value : statedText,
              approximate: false,
              source,
              date: null,
            },
          });
          if (saved !== undefined) {
            setValue("");
            setStatedText("");
          }
        }}
      >
        <TextField
          id={`${id}-year`}
          groupClassName="form-group mr-4"
          label={t("policy.secretary.measurement.period")}
          width="input-width-xs"
          inputMode="numeric"
          pattern="[0-9]{4}"
          required
          value={year}
          onChange={setYear}
        />
        <TextField
          id={`${id}-value`}
          groupClassName="form-group mr-4"
          label={t("policy.secretary.measurement.value")}
          width="input-width-s"
          inputMode="decimal"
          required
          value={value}
          onChange={setValue}
        />
        <TextField
          id={`${id}-stated`}
          groupClassName="form-group mr-4"
          label={t("policy.secretary.measurement.statedText")}
          width="input-width-s"
          value={statedText}
          onChange={setStatedText}
        />
        <TextField
          id={`${id}-source`}
          groupClassName="form-group mr-4"
          label={t("policy.secretary.measurement.source")}
          value={source}
          onChange={setSource}
        />
        <button type="submit" className="button button-secondary mb-5" disabled={busy}>
          {t("policy.secretary.measurement.add")}
        </button>
      </form>
      {tracked.measurements.length > 0 ? (
        <form
          className="d-flex flex-wrap align-items-end"
          onSubmit={async (e) => {
            e.preventDefault();
            const saved = await save({
              part: "measurement_delete",
              ...indicator,
              measurementId: deleting,
              reason,
            });
            if (saved !== undefined) {
              setDeleting("");
              setReason("");
            }
          }}
        >
          <SelectField
            id={`${id}-delete`}
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.delete")}
            value={deleting}
            onChange={setDeleting}
          >
            <option value="" />
            {tracked.measurements.map((m) => (
              <option key={m.id} value={m.id}>
                {m.statedText}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${id}-reason`}
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.deleteReason")}
            required
            value={reason}
            onChange={setReason}
          />
          <button type="submit" className="button button-secondary mb-5" disabled={busy || deleting === ""}>
            {t("policy.secretary.measurement.deleteConfirm")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
