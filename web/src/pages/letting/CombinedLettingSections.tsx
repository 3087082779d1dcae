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

/** Benefit months as typed, one line per month or run of months; `badLines` are those that do not read. */
function BenefitMonthsField({
  id,
  value,
  onChange,
  badLines,
}: {
  readonly id: string;
  readonly value: string;
  onChange(value: string): void;
  readonly badLines: readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      id={id}
      label={t("letting.combined.benefitMonths")}
      hint={t("letting.combined.monthsHint")}
      width="input-width-l"
      rows={5}
      value={value}
      onChange={onChange}
      error={
        badLines.length === 0 ? undefined : t("letting.combined.badLines", { lines: badLines.join(", ") })
      }
    />
  );
}

export function ApplicantSection({
  form,
  set,
  badLines,
}: SectionProps & { readonly badLines: readonly number[] }) {
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
      <BenefitMonthsField
        id="cl-applicant-months"
        value={form.applicantMonths}
        onChange={set("applicantMonths")}
        badLines={badLines}
      />
    </fieldset>
  );
}

export function SpouseSection({
  form,
  set,
  badLines,
}: SectionProps & { readonly badLines: readonly number[] }) {
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
          <BenefitMonthsField
            id="cl-spouse-months"
            value={form.spouseMonths}
            onChange={set("spouseMonths")}
            badLines={badLines}
          />
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
