import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { DecisionRecord, GrantEntry, GrantPreview } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { CheckboxField, Form, TextField } from "../../components/fields.tsx";
import { formatCount } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";
import { AreaSelect } from "./AreaSelect.tsx";
import { PreviewResult } from "./DecisionResult.tsx";
import { LetterDownload } from "./LetterDownload.tsx";
import { areaName, useAreaOptions } from "./useAreaOptions.ts";

function PaymentForm({ entry, onPaid }: { readonly entry: GrantEntry; onPaid(): void }) {
  const { t } = useTranslation();
  const [paidOn, setPaidOn] = useState(entry.decisionDate);
  const submission = useSubmission();
  const { error, run } = submission;
  return (
    <Form
      submission={submission}
      className="d-flex align-items-end"
      onSubmit={async (e) => {
        e.preventDefault();
        const payment = await run(() =>
          api.POST("/api/letting/relocation-grants/{id}/payments", {
            params: { path: { id: entry.id } },
            body: { paidOn },
          }),
        );
        if (payment !== undefined) onPaid();
      }}
    >
      <TextField
        id={`paid-${entry.id}`}
        name="paidOn"
        type="date"
        width="input-width-s"
        groupClassName=""
        hiddenLabel
        label={t("letting.grants.paidOnFor", { id: entry.id })}
        value={paidOn}
        onChange={setPaidOn}
      />
      <button type="submit" className="button button-secondary ml-3">
        {t("letting.grants.pay")}
      </button>
      <ErrorAlert error={error} />
    </Form>
  );
}

/** The amount granted; the API documents a decision's outcome as an open record (it differs by kind). */
function grantAmount(decision: DecisionRecord): number {
  const { amount } = decision.decision;
  return typeof amount === "number" ? amount : 0;
}

/** "Flyttetilskud": decide a relocation grant, and the register of grants and payments. */
export function RelocationGrantPage() {
  const { t, i18n } = useTranslation();
  const areas = useAreaOptions();
  const register = useApi("/api/letting/relocation-grants");
  const [date, setDate] = useState("");
  const [pseudonym, setPseudonym] = useState("");
  const [transferIncome, setTransferIncome] = useState(true);
  const [incomeDescription, setIncomeDescription] = useState("");
  const [fromArea, setFromArea] = useState("");
  const [toArea, setToArea] = useState("");
  const [inMunicipality, setInMunicipality] = useState(true);
  const [newDwelling, setNewDwelling] = useState(true);
  const [toVulnerable, setToVulnerable] = useState(false);
  const [decision, setDecision] = useState<DecisionRecord | null>(null);
  const [preview, setPreview] = useState<GrantPreview | null>(null);
  const submission = useSubmission();
  const { busy, error, run } = submission;
  const kroner = (amount: number) => formatCount(amount, i18n.language);

  function body() {
    return {
      applicationDate: date,
      household: {
        pseudonym,
        livesOnTransferIncome: transferIncome,
        ...(incomeDescription === "" ? {} : { transferIncomeDescription: incomeDescription }),
      },
      from: { areaId: fromArea },
      to: {
        inMunicipality,
        newDwelling,
        vulnerable: toVulnerable,
        ...(toArea === "" ? {} : { areaId: toArea }),
      },
    };
  }

  async function showResult(event: FormEvent) {
    event.preventDefault();
    setDecision(null);
    const answer = await run(() => api.POST("/api/letting/relocation-grants/preview", { body: body() }));
    if (answer !== undefined) setPreview(answer);
  }

  async function decide() {
    const record = await run(() => api.POST("/api/letting/relocation-grants", { body: body() }));
    if (record === undefined) return;
    setPreview(null);
    setDecision(record);
    register.reload();
  }

  return (
    <>
      <h2>{t("letting.grants.title")}</h2>
      <p>{t("letting.grants.intro")}</p>
      <Form submission={submission} onSubmit={(e) => void showResult(e)}>
        <fieldset>
          <legend className="h3">{t("letting.grants.household")}</legend>
          <TextField
            id="rg-date"
            name="applicationDate"
            type="date"
            width="input-width-s"
            label={t("letting.applicationDate")}
            value={date}
            onChange={setDate}
          />
          <TextField
            id="rg-pseudonym"
            name="household.pseudonym"
            width="input-width-s"
            label={t("letting.pseudonym")}
            value={pseudonym}
            onChange={setPseudonym}
          />
          <CheckboxField
            id="rg-transfer"
            label={t("letting.grants.transferIncome")}
            checked={transferIncome}
            onChange={setTransferIncome}
          />
          <TextField
            id="rg-income"
            name="household.transferIncomeDescription"
            label={t("letting.grants.incomeDescription")}
            value={incomeDescription}
            onChange={setIncomeDescription}
          />
        </fieldset>
        <fieldset className="mt-6">
          <legend className="h3">{t("letting.grants.move")}</legend>
          <AreaSelect
            id="rg-from"
            name="from.areaId"
            label={t("letting.grants.from")}
            noneLabel={t("letting.chooseArea")}
            areas={areas}
            value={fromArea}
            onChange={setFromArea}
          />
          <p className="form-hint">{t("letting.grants.fromHint")}</p>
          <AreaSelect
            id="rg-to"
            name="to.areaId"
            label={t("letting.grants.to")}
            noneLabel={t("letting.grants.toOther")}
            areas={areas}
            value={toArea}
            onChange={setToArea}
          />
          <CheckboxField
            id="rg-municipality"
            label={t("letting.grants.inMunicipality")}
            checked={inMunicipality}
            onChange={setInMunicipality}
          />
          <CheckboxField
            id="rg-new"
            label={t("letting.grants.newDwelling")}
            checked={newDwelling}
            onChange={setNewDwelling}
          />
          <CheckboxField
            id="rg-vulnerable"
            label={t("letting.grants.toVulnerable")}
            checked={toVulnerable}
            onChange={setToVulnerable}
          />
        </fieldset>
        <div className="mt-4">
          <button type="submit" className="button button-secondary mr-4" disabled={busy}>
            {t("letting.preview.show")}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void decide()}
          >
            {busy ? t("letting.busy") : t("letting.grants.submit")}
          </button>
        </div>
      </Form>
      <div className="mt-6">
        <ErrorAlert error={error} />
      </div>
      <div role="status">
        {decision ? (
          <div className={`alert mt-4 ${decision.result === "granted" ? "alert-success" : "alert-warning"}`}>
            <div className="alert-body">
              <p className="alert-heading" data-testid="grant-result">
                {t("letting.grants.resultHeading", {
                  id: decision.id,
                  result: t(`letting.results.${decision.result}`, { defaultValue: decision.result }),
                  amount: kroner(grantAmount(decision)),
                })}
              </p>
            </div>
          </div>
        ) : null}
      </div>
      <PreviewResult preview={preview} />
      {decision ? <LetterDownload decisionId={decision.id} /> : null}
      <h2 className="mt-8">{t("letting.grants.register")}</h2>
      <ErrorAlert error={register.error} />
      {register.data && register.data.grants.length === 0 ? <p>{t("letting.grants.none")}</p> : null}
      {register.data && register.data.grants.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra table--compact" data-testid="grant-register">
            <caption>{t("letting.grants.registerCaption", { count: register.data.grants.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("letting.number")}</th>
                <th scope="col">{t("letting.applicationDate")}</th>
                <th scope="col">{t("letting.grants.from")}</th>
                <th scope="col">{t("letting.pseudonym")}</th>
                <th scope="col">{t("letting.result")}</th>
                <th scope="col">{t("letting.grants.amount")}</th>
                <th scope="col">{t("letting.grants.payment")}</th>
              </tr>
            </thead>
            <tbody>
              {register.data.grants.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.id}</th>
                  <td>{g.decisionDate}</td>
                  <td>{areaName(areas, g.areaId)}</td>
                  <td>{g.subjectPseudonym}</td>
                  <td>{t(`letting.results.${g.result}`, { defaultValue: g.result })}</td>
                  <td>{kroner(g.amount)} kr.</td>
                  <td>
                    {g.payment ? (
                      t("letting.grants.paid", { date: g.payment.paidOn })
                    ) : g.result === "granted" ? (
                      <PaymentForm entry={g} onPaid={register.reload} />
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
