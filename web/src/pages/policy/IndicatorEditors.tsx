import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDanishNumber } from "../../../../src/domain/policy/budget/danish-amount.ts";
import { targetUnits } from "../../../../src/domain/policy/goals/target.ts";
import type { PolicyGoal, RoundDetail, Target, TrackedIndicator } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { CheckboxField, Form, SelectField, TextField } from "../../components/fields.tsx";
import { formatFigure } from "../../format.ts";
import { usePartEdit } from "./PartEditors.tsx";

interface IndicatorEditorProps {
  readonly detail: RoundDetail;
  readonly goal: PolicyGoal;
  readonly tracked: TrackedIndicator;
  readonly canEdit: boolean;
  onSaved(): void;
}

const INDICATOR_FIELDS = ["name", "definition", "unit", "source"] as const;
const COMPARISONS = ["at_least", "at_most", "equal", "reduce_by", "increase_by"] as const;

/** A figure as a person types it back: `33,2`, no grouping of thousands. */
const figureForInput = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : formatFigure(value, 6).replace(/\./g, "");

/** A figure typed the Danish way (`33,2`, `1.200`); null when it is not one number. */
const figureOf = (text: string): number | null =>
  text.trim() === "" ? null : parseDanishNumber(text.trim().replace(/\s/g, ""));

type Period = NonNullable<TrackedIndicator["measurements"][number]["period"]>;

function yearOf(period: Period | null | undefined): string {
  if (period === null || period === undefined) return "";
  return period.kind === "date" ? period.date.slice(0, 4) : String(period.year);
}

/**
 * The period for the year typed: a half-year, month or date that was there stays as it was while
 * its year is not changed; a new year is a whole year; no year keeps what was there.
 */
function periodFor(year: string, before: Period | null | undefined): Period | null {
  if (before !== undefined && (yearOf(before) === year.trim() || year.trim() === "")) return before;
  return { kind: "year", year: Number(year) };
}

/** Opens an editor in place of its button, so the page stays short until the secretary asks. */
function Toggle({ id, label, onOpen }: { readonly id: string; readonly label: string; onOpen(): void }) {
  return (
    <button type="button" className="button button-secondary mr-4 mb-5" id={id} onClick={onOpen}>
      {label}
    </button>
  );
}

function FormButtons({ busy, onCancel }: { readonly busy: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="submit" className="button button-primary mr-4" disabled={busy}>
        {t("policy.secretary.save")}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t("policy.secretary.cancel")}
      </button>
    </>
  );
}

/** The indicator's name, definition, unit and source. */
export function IndicatorEditor({ detail, goal, tracked, canEdit, onSaved }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const indicator = tracked.indicator;
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState(() => ({
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    source: indicator.source,
  }));
  const submission = usePartEdit(detail, onSaved);
  if (!canEdit) return null;
  const anchor = `maal-${goal.code}-indikator-${indicator.id}`;
  if (!open) {
    return (
      <Toggle
        id={anchor}
        label={t("policy.secretary.indicator.edit", { name: indicator.name })}
        onOpen={() => setOpen(true)}
      />
    );
  }
  return (
    <Form
      submission={submission}
      id={anchor}
      className="mb-6"
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await submission.save({
          part: "indicator",
          goalCode: goal.code,
          indicatorId: indicator.id,
          ...fields,
        });
        if (saved !== undefined) setOpen(false);
      }}
    >
      <h4>{t("policy.secretary.indicator.heading", { name: indicator.name })}</h4>
      <ErrorAlert error={submission.error} />
      {INDICATOR_FIELDS.map((field) => (
        <TextField
          key={field}
          id={`${id}-${field}`}
          name={field}
          label={t(`policy.secretary.indicator.${field}`)}
          width={field === "unit" ? "input-width-s" : "input-width-xl"}
          value={fields[field]}
          onChange={(value) => setFields((f) => ({ ...f, [field]: value }))}
        />
      ))}
      <FormButtons busy={submission.busy} onCancel={() => setOpen(false)} />
    </Form>
  );
}

/** The target with its unit said explicitly, and the baseline it is measured from; or no target. */
export function TargetEditor({ detail, goal, tracked, canEdit, onSaved }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const target = tracked.target;
  const [open, setOpen] = useState(false);
  const [hasTarget, setHasTarget] = useState(target !== null);
  const [comparison, setComparison] = useState<Target["comparison"]>(target?.comparison ?? "at_most");
  const [value, setValue] = useState(figureForInput(target?.value));
  const [unit, setUnit] = useState<Target["unit"]>(target?.unit ?? "count");
  const [statedUnitText, setStatedUnitText] = useState(target?.statedUnitText ?? "");
  const [deadline, setDeadline] = useState(target?.deadline ?? goal.deadline);
  const [approximate, setApproximate] = useState(target?.approximate ?? false);
  const [perYear, setPerYear] = useState(target?.perYear ?? false);
  const baseline = target?.baseline ?? null;
  const [baseValue, setBaseValue] = useState(figureForInput(baseline?.value));
  const [baseYear, setBaseYear] = useState(yearOf(baseline?.period));
  const [baseSource, setBaseSource] = useState(baseline?.source ?? tracked.indicator.source);
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const submission = usePartEdit(detail, onSaved);
  if (!canEdit) return null;
  const anchor = `maal-${goal.code}-maaltal-${tracked.indicator.id}`;
  if (!open) {
    return (
      <Toggle
        id={anchor}
        label={t("policy.secretary.target.edit", { name: tracked.indicator.name })}
        onOpen={() => setOpen(true)}
      />
    );
  }

  const read = (): Target | null | undefined => {
    if (!hasTarget) return null;
    const errors: Record<string, string> = {};
    const number = figureOf(value);
    if (number === null) errors.value = t("policy.secretary.numberInvalid");
    if (statedUnitText.trim() === "") errors.statedUnitText = t("policy.secretary.required");
    const baseNumber = figureOf(baseValue);
    const withBaseline = baseValue.trim() !== "";
    if (withBaseline && baseNumber === null) errors.baseValue = t("policy.secretary.numberInvalid");
    if (withBaseline && !/^\d{4}$/.test(baseYear)) errors.baseYear = t("policy.secretary.yearInvalid");
    setInputErrors(errors);
    if (Object.keys(errors).length > 0 || number === null) return undefined;
    return {
      value: number,
      unit,
      comparison,
      baseline:
        withBaseline && baseNumber !== null
          ? {
              value: baseNumber,
              period: periodFor(baseYear, baseline?.period) ?? { kind: "year", year: Number(baseYear) },
              source: baseSource,
            }
          : null,
      deadline,
      statedUnitText: statedUnitText.trim(),
      approximate,
      perYear,
    };
  };

  return (
    <Form
      submission={submission}
      id={anchor}
      className="mb-6"
      onSubmit={async (e) => {
        e.preventDefault();
        const next = read();
        if (next === undefined) return submission.reset();
        const saved = await submission.save({
          part: "target",
          goalCode: goal.code,
          indicatorId: tracked.indicator.id,
          target: next,
        });
        if (saved !== undefined) setOpen(false);
      }}
    >
      <h4>{t("policy.secretary.target.heading", { name: tracked.indicator.name })}</h4>
      <ErrorAlert error={submission.error} />
      <CheckboxField
        id={`${id}-has`}
        label={t("policy.secretary.target.has")}
        checked={hasTarget}
        onChange={setHasTarget}
      />
      {hasTarget ? (
        <>
          <div className="d-flex flex-wrap align-items-end mt-4">
            <SelectField
              id={`${id}-comparison`}
              name="target.comparison"
              groupClassName="form-group mr-4"
              label={t("policy.secretary.target.comparison")}
              value={comparison}
              onChange={(v) => setComparison(v as Target["comparison"])}
            >
              {COMPARISONS.map((c) => (
                <option key={c} value={c}>
                  {t(`policy.target.comparison.${c}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`${id}-value`}
              name="target.value"
              groupClassName="form-group mr-4"
              label={t("policy.target.goal")}
              width="input-width-xs"
              inputMode="decimal"
              value={value}
              error={inputErrors.value}
              onChange={setValue}
            />
            <SelectField
              id={`${id}-unit`}
              name="target.unit"
              groupClassName="form-group mr-4"
              label={t("policy.target.unit")}
              value={unit}
              onChange={(v) => setUnit(v as Target["unit"])}
            >
              {targetUnits.map((u) => (
                <option key={u} value={u}>
                  {t(`policy.targetUnit.${u}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            id={`${id}-stated`}
            name="target.statedUnitText"
            label={t("policy.secretary.target.statedUnitText")}
            hint={t("policy.secretary.target.statedHint")}
            width="input-width-l"
            value={statedUnitText}
            error={inputErrors.statedUnitText}
            onChange={setStatedUnitText}
          />
          <TextField
            id={`${id}-deadline`}
            name="target.deadline"
            type="date"
            width=""
            label={t("policy.target.deadline")}
            value={deadline}
            onChange={setDeadline}
          />
          <CheckboxField
            id={`${id}-approx`}
            label={t("policy.secretary.target.approximate")}
            checked={approximate}
            onChange={setApproximate}
          />
          <CheckboxField
            id={`${id}-per-year`}
            label={t("policy.secretary.target.perYear")}
            checked={perYear}
            onChange={setPerYear}
          />
          <fieldset className="mt-5">
            <legend className="h5">{t("policy.target.baseline")}</legend>
            <p className="form-hint">{t("policy.secretary.target.baselineHint")}</p>
            <div className="d-flex flex-wrap align-items-end">
              <TextField
                id={`${id}-base-value`}
                name="baseline.value"
                groupClassName="form-group mr-4"
                label={t("policy.secretary.target.baselineValue")}
                width="input-width-xs"
                inputMode="decimal"
                value={baseValue}
                error={inputErrors.baseValue}
                onChange={setBaseValue}
              />
              <TextField
                id={`${id}-base-year`}
                groupClassName="form-group mr-4"
                label={t("policy.secretary.measurement.period")}
                width="input-width-xs"
                inputMode="numeric"
                value={baseYear}
                error={inputErrors.baseYear}
                onChange={setBaseYear}
              />
              <TextField
                id={`${id}-base-source`}
                name="baseline.source"
                groupClassName="form-group mr-4"
                label={t("policy.secretary.measurement.source")}
                value={baseSource}
                onChange={setBaseSource}
              />
            </div>
          </fieldset>
        </>
      ) : null}
      <FormButtons busy={submission.busy} onCancel={() => setOpen(false)} />
    </Form>
  );
}

const NEW = "";

/**
 * A yearly measurement added by hand or corrected (with the reason kept in the history), and a
 * measurement deleted with the reason.
 */
export function MeasurementEditor({ detail, goal, tracked, canEdit, onSaved }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState(NEW);
  const [year, setYear] = useState(String(detail.year - 1));
  const [value, setValue] = useState("");
  const [statedText, setStatedText] = useState("");
  const [source, setSource] = useState(tracked.indicator.source);
  const [reason, setReason] = useState("");
  const [deleting, setDeleting] = useState("");
  const [deleteReason, setDeleteReason] = useState("");
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const submission = usePartEdit(detail, onSaved);
  const removal = usePartEdit(detail, onSaved);
  if (!canEdit) return null;
  const indicator = { goalCode: goal.code, indicatorId: tracked.indicator.id };
  const existing = tracked.measurements.find((m) => m.id === chosen);
  const choose = (measurementId: string) => {
    const m = tracked.measurements.find((x) => x.id === measurementId);
    setChosen(measurementId);
    setYear(m === undefined ? String(detail.year - 1) : yearOf(m.period));
    setValue(m ? figureForInput(m.value) : "");
    setStatedText(m?.statedText ?? "");
    setSource(m?.source ?? tracked.indicator.source);
    setReason("");
    setInputErrors({});
  };

  return (
    <div className="measurement-editor mb-6" data-testid={`measurement-editor-${tracked.indicator.id}`}>
      <h4>{t("policy.secretary.measurement.heading", { name: tracked.indicator.name })}</h4>
      <Form
        submission={submission}
        onSubmit={async (e) => {
          e.preventDefault();
          const errors: Record<string, string> = {};
          const number = figureOf(value);
          if (value.trim() !== "" && number === null) errors.value = t("policy.secretary.numberInvalid");
          if (!(existing !== undefined && year.trim() === "") && !/^\d{4}$/.test(year.trim()))
            errors.year = t("policy.secretary.yearInvalid");
          if (existing === undefined && value.trim() === "") errors.value = t("policy.secretary.required");
          setInputErrors(errors);
          if (Object.keys(errors).length > 0) return submission.reset();
          const saved = await submission.save({
            part: "measurement",
            action: existing === undefined ? "add" : "correct",
            ...indicator,
            measurement: {
              ...(existing ?? { approximate: false, date: null }),
              id: existing?.id ?? `${tracked.indicator.id}-${year}-${detail.revision}`,
              period: periodFor(year, existing?.period),
              value: number,
              statedText: statedText.trim() === "" ? value.trim() : statedText.trim(),
              source,
            },
            ...(existing !== undefined && reason.trim() !== "" ? { reason: reason.trim() } : {}),
          });
          if (saved !== undefined) choose(NEW);
        }}
      >
        <ErrorAlert error={submission.error} />
        <SelectField
          id={`${id}-which`}
          label={t("policy.secretary.measurement.which")}
          value={chosen}
          onChange={choose}
        >
          <option value={NEW}>{t("policy.secretary.measurement.new")}</option>
          {tracked.measurements.map((m) => (
            <option key={m.id} value={m.id}>
              {t("policy.secretary.measurement.correctOption", { text: m.statedText })}
            </option>
          ))}
        </SelectField>
        <div className="d-flex flex-wrap align-items-end">
          <TextField
            id={`${id}-year`}
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.period")}
            width="input-width-xs"
            inputMode="numeric"
            value={year}
            error={inputErrors.year}
            onChange={setYear}
          />
          <TextField
            id={`${id}-value`}
            name="measurement.value"
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.value")}
            width="input-width-s"
            inputMode="decimal"
            value={value}
            error={inputErrors.value}
            onChange={setValue}
          />
          <TextField
            id={`${id}-stated`}
            name="measurement.statedText"
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.statedText")}
            width="input-width-s"
            value={statedText}
            onChange={setStatedText}
          />
          <TextField
            id={`${id}-source`}
            name="measurement.source"
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.source")}
            value={source}
            onChange={setSource}
          />
        </div>
        {existing !== undefined ? (
          <TextField
            id={`${id}-reason`}
            name="reason"
            label={t("policy.secretary.measurement.correctReason")}
            width="input-width-xl"
            value={reason}
            onChange={setReason}
          />
        ) : null}
        <button type="submit" className="button button-secondary mb-5" disabled={submission.busy}>
          {existing === undefined
            ? t("policy.secretary.measurement.add")
            : t("policy.secretary.measurement.correct")}
        </button>
      </Form>
      {tracked.measurements.length > 0 ? (
        <Form
          submission={removal}
          className="d-flex flex-wrap align-items-end"
          onSubmit={async (e) => {
            e.preventDefault();
            const saved = await removal.save({
              part: "measurement_delete",
              ...indicator,
              measurementId: deleting,
              reason: deleteReason,
            });
            if (saved !== undefined) {
              setDeleting("");
              setDeleteReason("");
            }
          }}
        >
          <ErrorAlert error={removal.error} />
          <SelectField
            id={`${id}-delete`}
            name="measurementId"
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
            id={`${id}-delete-reason`}
            name="reason"
            groupClassName="form-group mr-4"
            label={t("policy.secretary.measurement.deleteReason")}
            value={deleteReason}
            onChange={setDeleteReason}
          />
          <button
            type="submit"
            className="button button-secondary mb-5"
            disabled={removal.busy || deleting === ""}
          >
            {t("policy.secretary.measurement.deleteConfirm")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
