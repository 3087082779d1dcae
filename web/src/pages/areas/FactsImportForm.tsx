import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { FactsImportOutcome } from "../../api-types.ts";
import { FileField, Form } from "../../components/fields.tsx";
import { ImportErrorsAlert } from "../../components/ImportErrorsAlert.tsx";
import { useSubmission } from "../../useSubmission.ts";

/**
 * CSV import of area facts (and optionally reference facts): all or nothing. When the API
 * refuses a file, every problem is listed with its file, row and column.
 */
export function FactsImportForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const factsInput = useRef<HTMLInputElement>(null);
  const referenceInput = useRef<HTMLInputElement>(null);
  const submission = useSubmission();
  const { busy, error, run, reset } = submission;
  const [outcome, setOutcome] = useState<FactsImportOutcome | null>(null);
  const [missing, setMissing] = useState(false);

  return (
    <Form
      submission={submission}
      onSubmit={async (e) => {
        e.preventDefault();
        setOutcome(null);
        const facts = factsInput.current?.files?.[0];
        const reference = referenceInput.current?.files?.[0];
        setMissing(facts === undefined);
        if (facts === undefined) {
          reset();
          return;
        }
        const result = await run(async () =>
          api.POST("/api/areas/facts/import", {
            body: {
              fileName: facts.name,
              content: await facts.text(),
              ...(reference === undefined
                ? {}
                : { reference: { fileName: reference.name, content: await reference.text() } }),
            },
          }),
        );
        if (result === undefined) return;
        setOutcome(result);
        onImported();
      }}
    >
      <ImportErrorsAlert error={error} sourceLabel={t("areas.facts.file")} />
      <FileField
        ref={factsInput}
        id={`${id}-facts`}
        name="content"
        accept=".csv,text/csv"
        label={t("areas.facts.factsFile")}
        hint={t("areas.facts.factsHint")}
        error={missing ? t("areas.facts.missing") : null}
      />
      <FileField
        ref={referenceInput}
        id={`${id}-reference`}
        name="reference.content"
        accept=".csv,text/csv"
        label={t("areas.facts.referenceFile")}
        hint={t("areas.facts.referenceHint")}
      />
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {busy ? t("areas.facts.busy") : t("areas.facts.submit")}
      </button>
      <div role="status">
        {outcome !== null ? (
          <div className="alert alert-success mt-4">
            <div className="alert-body">
              <p className="alert-text">
                {t("areas.facts.done", {
                  file: outcome.fileName,
                  rows: outcome.rows,
                  inserted: outcome.inserted,
                  replaced: outcome.replaced,
                  years: outcome.years.join(", "),
                })}
                {outcome.reference
                  ? ` ${t("areas.facts.referenceDone", { file: outcome.reference.fileName, rows: outcome.reference.rows })}`
                  : ""}
              </p>
            </div>
          </div>
        ) : null}
      </div>
    </Form>
  );
}
