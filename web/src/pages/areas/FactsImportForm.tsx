import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ImportErrorsAlert } from "../../components/ImportErrorsAlert.tsx";

interface ImportOutcome {
  readonly fileName: string;
  readonly rows: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly years: readonly number[];
  readonly reference?: { readonly fileName: string; readonly rows: number; readonly replaced: number };
}

/**
 * CSV import of area facts (and optionally reference facts): all or nothing. When the API
 * refuses a file, every problem is listed with its file, row and column.
 */
export function FactsImportForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const factsInput = useRef<HTMLInputElement>(null);
  const referenceInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setOutcome(null);
        setError(undefined);
        const facts = factsInput.current?.files?.[0];
        const reference = referenceInput.current?.files?.[0];
        if (facts === undefined) {
          setMissing(true);
          return;
        }
        setMissing(false);
        setBusy(true);
        try {
          const result = await api<ImportOutcome>("POST", "/api/areas/facts/import", {
            fileName: facts.name,
            content: await facts.text(),
            ...(reference === undefined
              ? {}
              : { reference: { fileName: reference.name, content: await reference.text() } }),
          });
          setOutcome(result);
          onImported();
        } catch (err) {
          setError(err instanceof Error ? err : new Error(String(err)));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ImportErrorsAlert error={error} sourceLabel={t("areas.facts.file")} />
      <div className={`form-group${missing ? " form-error" : ""}`}>
        <label className="form-label" htmlFor={`${id}-facts`}>
          {t("areas.facts.factsFile")}
        </label>
        <span className="form-hint" id={`${id}-facts-hint`}>
          {t("areas.facts.factsHint")}
        </span>
        {missing ? (
          <span className="form-error-message" id={`${id}-facts-error`}>
            {t("areas.facts.missing")}
          </span>
        ) : null}
        <input
          ref={factsInput}
          id={`${id}-facts`}
          type="file"
          className="form-file-input"
          accept=".csv,text/csv"
          aria-describedby={`${id}-facts-hint${missing ? ` ${id}-facts-error` : ""}`}
          aria-invalid={missing ? true : undefined}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-reference`}>
          {t("areas.facts.referenceFile")}
        </label>
        <span className="form-hint" id={`${id}-reference-hint`}>
          {t("areas.facts.referenceHint")}
        </span>
        <input
          ref={referenceInput}
          id={`${id}-reference`}
          type="file"
          className="form-file-input"
          accept=".csv,text/csv"
          aria-describedby={`${id}-reference-hint`}
        />
      </div>
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
    </form>
  );
}
