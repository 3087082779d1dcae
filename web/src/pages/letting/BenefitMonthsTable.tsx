import { useTranslation } from "react-i18next";
import { benefitCodes, benefitLabel } from "../../../../src/domain/letting/benefit-labels.ts";
import { englishBenefit } from "../../../../src/domain/letting/letter/english-bodies.ts";
import { SelectField, TextField } from "../../components/fields.tsx";
import { type BenefitRow, rowProblem } from "./benefit-months.ts";
import "./benefit-months.css";

/**
 * The browser's month picker. fields.tsx's TextField does not list "month" among its types yet
 * (another change owns that file); the input it renders takes any type.
 */
const MONTH = "month" as "text";

/**
 * Benefit months as rows: who, which benefit (from the list, by its name), from which month to
 * which. Each control is labelled for a screen reader by its column and row.
 */
export function BenefitMonthsTable({
  rows,
  withSpouse,
  onChange,
}: {
  readonly rows: readonly BenefitRow[];
  readonly withSpouse: boolean;
  onChange(rows: readonly BenefitRow[]): void;
}) {
  const { t, i18n } = useTranslation();
  const name = (code: string) => (i18n.language.startsWith("en") ? englishBenefit(code) : benefitLabel(code));
  const update = (key: number, change: Partial<BenefitRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () =>
    onChange([
      ...rows,
      {
        key: Math.max(0, ...rows.map((r) => r.key)) + 1,
        person: "applicant",
        benefit: "kontanthjaelp",
        from: "",
        to: "",
      },
    ]);
  return (
    <fieldset className="mt-6">
      <legend className="h3">{t("letting.combined.benefitMonths")}</legend>
      <p className="form-hint">{t("letting.combined.monthsTableHint")}</p>
      {rows.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact benefit-months" data-testid="benefit-rows">
            <thead>
              <tr>
                <th scope="col">{t("letting.combined.person")}</th>
                <th scope="col">{t("letting.combined.benefit")}</th>
                <th scope="col">{t("letting.combined.fromMonth")}</th>
                <th scope="col">{t("letting.combined.toMonth")}</th>
                <th scope="col">
                  <span className="sr-only">{t("letting.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const problem = rowProblem(row);
                const n = i + 1;
                return (
                  <tr key={row.key}>
                    <td>
                      <SelectField
                        id={`bm-person-${row.key}`}
                        hiddenLabel
                        groupClassName=""
                        label={t("letting.combined.personRow", { n })}
                        value={row.person}
                        onChange={(v) => update(row.key, { person: v as BenefitRow["person"] })}
                      >
                        <option value="applicant">{t("letting.combined.applicant")}</option>
                        {withSpouse || row.person === "spouse" ? (
                          <option value="spouse">{t("letting.combined.spouse")}</option>
                        ) : null}
                      </SelectField>
                    </td>
                    <td>
                      <SelectField
                        id={`bm-benefit-${row.key}`}
                        hiddenLabel
                        groupClassName=""
                        label={t("letting.combined.benefitRow", { n })}
                        value={row.benefit}
                        onChange={(v) => update(row.key, { benefit: v })}
                      >
                        {benefitCodes.map((code) => (
                          <option key={code} value={code}>
                            {name(code)}
                          </option>
                        ))}
                      </SelectField>
                    </td>
                    <td>
                      <TextField
                        id={`bm-from-${row.key}`}
                        type={MONTH}
                        hiddenLabel
                        groupClassName=""
                        label={t("letting.combined.fromRow", { n })}
                        value={row.from}
                        onChange={(v) => update(row.key, { from: v })}
                        error={
                          problem === "fromMissing"
                            ? t("letting.combined.rowProblems.fromMissing")
                            : undefined
                        }
                      />
                    </td>
                    <td>
                      <TextField
                        id={`bm-to-${row.key}`}
                        type={MONTH}
                        hiddenLabel
                        groupClassName=""
                        label={t("letting.combined.toRow", { n })}
                        value={row.to}
                        onChange={(v) => update(row.key, { to: v })}
                        error={
                          problem === "toBeforeFrom" || problem === "tooLong"
                            ? t(`letting.combined.rowProblems.${problem}`)
                            : undefined
                        }
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                      >
                        {t("letting.combined.removeRow", { n })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("letting.combined.noRows")}</p>
      )}
      <button type="button" className="button button-secondary" onClick={add}>
        {t("letting.combined.addRow")}
      </button>
    </fieldset>
  );
}
