import { useTranslation } from "react-i18next";
import type { AreaOption } from "../../api-types.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../components/fields.tsx";
import { AreaSelect } from "./AreaSelect.tsx";
import type { CombinedLettingForm, Relation, SetField } from "./combined-letting-form.ts";

/** The fieldsets of the combined-letting form; each shows part of the form and sets its fields. */
interface SectionProps {
  readonly form: CombinedLettingForm;
  readonly set: SetField;
}

export function ApplicationSection({
  form,
  set,
  areas,
}: SectionProps & { readonly areas: readonly AreaOption[] }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend className="h3">{t("letting.combined.application")}</legend>
      <TextField
        id="cl-date"
        name="applicationDate"
        type="date"
        width="input-width-s"
        label={t("letting.applicationDate")}
        value={form.applicationDate}
        onChange={set("applicationDate")}
      />
      <AreaSelect
        id="cl-area"
        name="areaId"
        label={t("letting.area")}
        noneLabel={t("letting.chooseArea")}
        areas={areas}
        value={form.areaId}
        onChange={set("areaId")}
      />
      <TextField
        id="cl-department"
        name="departmentId"
        label={t("letting.combined.department")}
        value={form.departmentId}
        onChange={set("departmentId")}
      />
      <TextField
        id="cl-dwelling"
        name="dwellingId"
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
  );
}

export function ApplicantSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="mt-6">
      <legend className="h3">{t("letting.combined.applicant")}</legend>
      <TextField
        id="cl-applicant"
        name="applicant.pseudonym"
        label={t("letting.pseudonym")}
        value={form.applicant}
        onChange={set("applicant")}
        width="input-width-s"
      />
    </fieldset>
  );
}

export function SpouseSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
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
            name="spouse.pseudonym"
            label={t("letting.pseudonym")}
            value={form.spouse}
            onChange={set("spouse")}
            width="input-width-s"
          />
          {form.relation === "cohabitant" ? (
            <TextField
              id="cl-cohabiting"
              name="cohabitingSinceDate"
              type="date"
              width="input-width-s"
              label={t("letting.combined.cohabitingSince")}
              hint={t("letting.combined.cohabitingHint")}
              value={form.cohabitingSince}
              onChange={set("cohabitingSince")}
            />
          ) : null}
        </>
      )}
    </fieldset>
  );
}

export function WaitingListSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
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
        name="registeredDate"
        type="date"
        width="input-width-s"
        label={t("letting.combined.registeredDate")}
        value={form.registeredDate}
        onChange={set("registeredDate")}
      />
      <TextField
        id="cl-position"
        name="position"
        type="number"
        width="input-width-xs"
        label={t("letting.combined.position")}
        value={form.position}
        onChange={set("position")}
      />
    </fieldset>
  );
}

/** The case record: journal number and the partshøring (forvaltningsloven § 19) the letter reports. */
export function CaseSection({ form, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="mt-6">
      <legend className="h3">{t("letting.case.title")}</legend>
      <TextField
        id="cl-journal"
        label={t("letting.case.journalNumber")}
        value={form.journalNumber}
        onChange={set("journalNumber")}
      />
      <p className="form-hint">{t("letting.case.hearingHint")}</p>
      <div className="d-flex flex-wrap">
        <TextField
          id="cl-hearing-sent"
          type="date"
          width="input-width-s"
          groupClassName="form-group mr-5"
          label={t("letting.case.hearingSentOn")}
          value={form.hearingSentOn}
          onChange={set("hearingSentOn")}
        />
        <TextField
          id="cl-hearing-by"
          type="date"
          width="input-width-s"
          groupClassName="form-group mt-0 mr-5"
          label={t("letting.case.hearingAnswerBy")}
          value={form.hearingAnswerBy}
          onChange={set("hearingAnswerBy")}
        />
        <TextField
          id="cl-hearing-answered"
          type="date"
          width="input-width-s"
          groupClassName="form-group mt-0"
          label={t("letting.case.hearingAnsweredOn")}
          value={form.hearingAnsweredOn}
          onChange={set("hearingAnsweredOn")}
        />
      </div>
      <TextAreaField
        id="cl-hearing-comments"
        rows={3}
        width="input-width-l"
        label={t("letting.case.hearingComments")}
        value={form.hearingComments}
        onChange={set("hearingComments")}
      />
      {form.correctsId === null ? null : (
        <div className="alert alert-info" data-testid="correcting">
          <div className="alert-body">
            <p className="alert-heading">{t("letting.case.correcting", { id: form.correctsId })}</p>
            <TextAreaField
              id="cl-correction-reason"
              rows={2}
              width="input-width-l"
              label={t("letting.case.correctionReason")}
              value={form.correctionReason}
              onChange={set("correctionReason")}
            />
            <button type="button" className="button button-tertiary" onClick={() => set("correctsId")(null)}>
              {t("letting.case.cancelCorrection")}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
