import { useTranslation } from "react-i18next";
import type { GoalAssessment, PolicyGoal } from "../../api-types.ts";
import { SelectField, TextAreaField } from "../../components/fields.tsx";

export type Evidence = GoalAssessment["evidence"][number];
export type Caveat = GoalAssessment["caveats"][number];

const CAVEAT_KINDS = ["rule_change", "economic_cycle", "data_not_yet_available", "external_factors"] as const;

/** An id not yet used by the assessment's evidence (the text's `[dokumentation: id]` lines name them). */
function freshId(evidence: readonly Evidence[]): string {
  const used = new Set(evidence.map((e) => e.id));
  let n = evidence.length + 1;
  while (used.has(`grundlag-${n}`)) n += 1;
  return `grundlag-${n}`;
}

function RemoveButton({ label, onClick }: { readonly label: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-tertiary mb-5" aria-label={label} onClick={onClick}>
      {t("policy.secretary.grounds.remove")}
    </button>
  );
}

/**
 * The evidence an assessment rests on: the goal's measurements and statements in words. A table of
 * moving patterns (computed from register data) stays as it is; it can only be removed here.
 */
export function EvidenceList({
  id,
  goal,
  evidence,
  onChange,
}: {
  readonly id: string;
  readonly goal: PolicyGoal;
  readonly evidence: readonly Evidence[];
  onChange(next: Evidence[]): void;
}) {
  const { t } = useTranslation();
  const measurements = goal.indicators.flatMap((tracked) =>
    tracked.measurements.map((m) => ({ indicatorId: tracked.indicator.id, m, name: tracked.indicator.name })),
  );
  const replace = (index: number, item: Evidence) =>
    onChange(evidence.map((e, i) => (i === index ? item : e)));
  const remove = (index: number) => onChange(evidence.filter((_, i) => i !== index));
  const first = measurements[0];
  return (
    <fieldset className="mt-5" data-testid="evidence-editor">
      <legend className="h5">{t("policy.assessment.evidence")}</legend>
      {evidence.map((item, index) => {
        const number = index + 1;
        const label = t("policy.secretary.grounds.evidenceItem", { number, id: item.id });
        return (
          <div key={item.id} className="d-flex flex-wrap align-items-end">
            {item.kind === "measurement" ? (
              <SelectField
                id={`${id}-evidence-${index}`}
                groupClassName="form-group mr-4"
                label={label}
                width="input-width-xl"
                value={`${item.indicatorId}|${item.measurementId}`}
                onChange={(value) => {
                  const [indicatorId = "", measurementId = ""] = value.split("|");
                  replace(index, { ...item, indicatorId, measurementId });
                }}
              >
                {measurements.map(({ indicatorId, m, name }) => (
                  <option key={m.id} value={`${indicatorId}|${m.id}`}>
                    {name}: {m.statedText}
                  </option>
                ))}
              </SelectField>
            ) : item.kind === "statement" ? (
              <TextAreaField
                id={`${id}-evidence-${index}`}
                groupClassName="form-group mr-4"
                label={label}
                rows={2}
                width="input-width-xl"
                value={item.text}
                onChange={(text) => replace(index, { ...item, text })}
              />
            ) : (
              <p className="mr-4">
                {label}: {t("policy.secretary.grounds.table", { title: item.table.title })}
              </p>
            )}
            <RemoveButton
              label={`${t("policy.secretary.grounds.remove")}: ${label}`}
              onClick={() => remove(index)}
            />
          </div>
        );
      })}
      {first !== undefined ? (
        <button
          type="button"
          className="button button-secondary mr-4"
          onClick={() =>
            onChange([
              ...evidence,
              {
                kind: "measurement",
                id: freshId(evidence),
                indicatorId: first.indicatorId,
                measurementId: first.m.id,
              },
            ])
          }
        >
          {t("policy.secretary.grounds.addMeasurement")}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...evidence, { kind: "statement", id: freshId(evidence), text: "" }])}
      >
        {t("policy.secretary.grounds.addStatement")}
      </button>
    </fieldset>
  );
}

/** The caveats the committee attaches to an assessment: what kind, and its own words. */
export function CaveatList({
  id,
  caveats,
  onChange,
}: {
  readonly id: string;
  readonly caveats: readonly Caveat[];
  onChange(next: Caveat[]): void;
}) {
  const { t } = useTranslation();
  const replace = (index: number, item: Caveat) => onChange(caveats.map((c, i) => (i === index ? item : c)));
  return (
    <fieldset className="mt-5" data-testid="caveat-editor">
      <legend className="h5">{t("policy.assessment.caveats")}</legend>
      {caveats.map((caveat, index) => {
        const number = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: caveats have no id; their place is their name
          <div key={index} className="mb-5">
            <SelectField
              id={`${id}-caveat-${index}-kind`}
              label={t("policy.secretary.grounds.caveatKind", { number })}
              value={caveat.kind}
              onChange={(kind) => replace(index, { ...caveat, kind: kind as Caveat["kind"] })}
            >
              {CAVEAT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`policy.caveat.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              id={`${id}-caveat-${index}-text`}
              label={t("policy.secretary.grounds.caveatText", { number })}
              rows={3}
              width="input-width-xl"
              value={caveat.text}
              onChange={(text) => replace(index, { ...caveat, text })}
            />
            <RemoveButton
              label={`${t("policy.secretary.grounds.remove")}: ${t("policy.secretary.grounds.caveatText", { number })}`}
              onClick={() => onChange(caveats.filter((_, i) => i !== index))}
            />
          </div>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...caveats, { kind: "external_factors", text: "" }])}
      >
        {t("policy.secretary.grounds.addCaveat")}
      </button>
    </fieldset>
  );
}
