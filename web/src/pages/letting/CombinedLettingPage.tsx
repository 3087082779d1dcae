import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { useSubmission } from "../../useSubmission.ts";
import { parseBenefitMonths } from "./benefit-months.ts";
import { DecisionList } from "./DecisionList.tsx";
import { BenefitMonthsField, CheckboxField, SelectField, TextField } from "./fields.tsx";
import { LetterText } from "./LetterText.tsx";
import type { DecisionRecord } from "./types.ts";
import { useAreaOptions } from "./useAreaOptions.ts";

type Relation = "none" | "married" | "cohabitant";

interface Form {
  applicationDate: string;
  areaId: string;
  departmentId: string;
  dwellingId: string;
  alreadyResident: boolean;
  applicant: string;
  applicantMonths: string;
  relation: Relation;
  spouse: string;
  cohabitingSince: string;
  spouseMonths: string;
  topOfList: boolean;
  registeredDate: string;
  position: string;
}

const empty: Form = {
  applicationDate: "",
  areaId: "",
  departmentId: "",
  dwellingId: "",
  alreadyResident: false,
  applicant: "",
  applicantMonths: "",
  relation: "none",
  spouse: "",
  cohabitingSince: "",
  spouseMonths: "",
  topOfList: false,
  registeredDate: "",
  position: "",
};

/** "Kombineret udlejning": decide an application (§ 51 b) and see its letter; the stored decisions below. */
export function CombinedLettingPage() {
  const { t } = useTranslation();
  const areas = useAreaOptions();
  const [form, setForm] = useState<Form>(empty);
  const { busy, error, run } = useSubmission();
  const [decision, setDecision] = useState<DecisionRecord | null>(null);
  const [refresh, setRefresh] = useState(0);
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const applicantMonths = parseBenefitMonths(form.applicantMonths);
  const spouseMonths = parseBenefitMonths(form.spouseMonths);
  const badLines = (lines: number[]) =>
    lines.length === 0 ? undefined : t("letting.combined.badLines", { lines: lines.join(", ") });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (applicantMonths.badLines.length > 0 || spouseMonths.badLines.length > 0) return;
    setDecision(null);
    const dwelling = {
      ...(form.departmentId === "" ? {} : { departmentId: form.departmentId }),
      ...(form.dwellingId === "" ? {} : { dwellingId: form.dwellingId }),
    };
    const application = {
      applicationDate: form.applicationDate,
      areaId: form.areaId,
      ...(Object.keys(dwelling).length === 0 ? {} : { dwelling }),
      household: {
        applicant: { pseudonym: form.applicant, benefitMonths: applicantMonths.months },
        ...(form.relation === "none"
          ? {}
          : {
              spouse: {
                pseudonym: form.spouse,
                relation: form.relation,
                benefitMonths: spouseMonths.months,
                ...(form.relation === "cohabitant" && form.cohabitingSince !== ""
                  ? { cohabitingSinceDate: form.cohabitingSince }
                  : {}),
              },
            }),
      },
      alreadyResidentInDepartment: form.alreadyResident,
      waitingList: {
        topOfList: form.topOfList,
        registeredDate: form.registeredDate,
        ...(form.position === "" ? {} : { position: Number(form.position) }),
      },
    };
    await run(async () => {
      const record = await api<DecisionRecord>("POST", "/api/letting/decisions", { application });
      setDecision(record);
      setRefresh((r) => r + 1);
    });
  }

  const monthsHint = t("letting.combined.monthsHint");
  return (
    <>
      <h2>{t("letting.combined.title")}</h2>
      <p>{t("letting.combined.intro")}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend className="h3">{t("letting.combined.application")}</legend>
          <TextField
            id="cl-date"
            type="date"
            width="input-width-s"
            label={t("letting.applicationDate")}
            value={form.applicationDate}
            onChange={set("applicationDate")}
          />
          <SelectField id="cl-area" label={t("letting.area")} value={form.areaId} onChange={set("areaId")}>
            <option value="">{t("letting.chooseArea")}</option>
            {areas.map((a) => (
              <option key={a.areaId} value={a.areaId}>
                {a.areaName}
              </option>
            ))}
          </SelectField>
          <TextField
            id="cl-department"
            label={t("letting.combined.department")}
            value={form.departmentId}
            onChange={set("departmentId")}
          />
          <TextField
            id="cl-dwelling"
            label={t("letting.combined.dwelling")}
            value={form.dwellingId}
            onChange={set("dwellingId")}
            width="input-width-s"
          />
          <CheckboxField
            id="cl-resident"
            label={t("letting.combined.alreadyResident")}
            checked={form.alreadyResident}
            onChange={set("alreadyResident")}
          />
        </fieldset>
        <fieldset className="mt-6">
          <legend className="h3">{t("letting.combined.applicant")}</legend>
          <TextField
            id="cl-applicant"
            label={t("letting.pseudonym")}
            value={form.applicant}
            onChange={set("applicant")}
            width="input-width-s"
          />
          <BenefitMonthsField
            id="cl-applicant-months"
            label={t("letting.combined.benefitMonths")}
            hint={monthsHint}
            value={form.applicantMonths}
            onChange={set("applicantMonths")}
            error={badLines(applicantMonths.badLines)}
          />
        </fieldset>
        <fieldset className="mt-6">
          <legend className="h3">{t("letting.combined.spouse")}</legend>
          <SelectField
            id="cl-relation"
            label={t("letting.combined.relation")}
            value={form.relation}
            onChange={(v) => set("relation")(v as Relation)}
          >
            <option value="none">{t("letting.combined.relations.none")}</option>
            <option value="married">{t("letting.combined.relations.married")}</option>
            <option value="cohabitant">{t("letting.combined.relations.cohabitant")}</option>
          </SelectField>
          {form.relation === "none" ? null : (
            <>
              <TextField
                id="cl-spouse"
                label={t("letting.pseudonym")}
                value={form.spouse}
                onChange={set("spouse")}
                width="input-width-s"
              />
              {form.relation === "cohabitant" ? (
                <TextField
                  id="cl-cohabiting"
                  type="date"
                  width="input-width-s"
                  label={t("letting.combined.cohabitingSince")}
                  hint={t("letting.combined.cohabitingHint")}
                  value={form.cohabitingSince}
                  onChange={set("cohabitingSince")}
                />
              ) : null}
              <BenefitMonthsField
                id="cl-spouse-months"
                label={t("letting.combined.benefitMonths")}
                hint={monthsHint}
                value={form.spouseMonths}
                onChange={set("spouseMonths")}
                error={badLines(spouseMonths.badLines)}
              />
            </>
          )}
        </fieldset>
        <fieldset className="mt-6">
          <legend className="h3">{t("letting.combined.waitingList")}</legend>
          <CheckboxField
            id="cl-top"
            label={t("letting.combined.topOfList")}
            checked={form.topOfList}
            onChange={set("topOfList")}
          />
          <TextField
            id="cl-registered"
            type="date"
            width="input-width-s"
            label={t("letting.combined.registeredDate")}
            value={form.registeredDate}
            onChange={set("registeredDate")}
          />
          <TextField
            id="cl-position"
            type="number"
            width="input-width-xs"
            label={t("letting.combined.position")}
            value={form.position}
            onChange={set("position")}
          />
        </fieldset>
        <p className="form-hint">{t("letting.combined.designationNote")}</p>
        <button type="submit" className="button button-primary mt-4" disabled={busy}>
          {busy ? t("letting.busy") : t("letting.combined.submit")}
        </button>
      </form>
      <div className="mt-6">
        <ErrorAlert error={error} />
      </div>
      <div role="status">
        {decision ? (
          <div
            className={`alert mt-4 ${decision.result === "rejected" ? "alert-warning" : decision.result === "approved" ? "alert-success" : "alert-info"}`}
            data-testid="decision-result"
          >
            <div className="alert-body">
              <p className="alert-heading">
                {t("letting.combined.resultHeading", {
                  id: decision.id,
                  result: t(`letting.results.${decision.result}`, { defaultValue: decision.result }),
                })}
              </p>
              <p className="alert-text">
                {decision.result === "rejected"
                  ? decision.decision.replacementOffer
                    ? t("letting.combined.replacementYes")
                    : t("letting.combined.replacementNo")
                  : null}{" "}
                {t("letting.combined.ruleVersionUsed", { id: decision.ruleVersion })}{" "}
                <a href={`/api/letting/decisions/${decision.id}/letter.pdf`} target="_blank" rel="noreferrer">
                  {t("letting.combined.pdf")}
                </a>
              </p>
            </div>
          </div>
        ) : null}
      </div>
      {decision ? (
        <>
          <h3 className="mt-6">{t("letting.letter")}</h3>
          <LetterText text={decision.justification.text} />
        </>
      ) : null}
      <DecisionList refresh={refresh} />
    </>
  );
}
