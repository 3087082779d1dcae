import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ImportErrorsAlert } from "../../components/ImportErrorsAlert.tsx";

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsDataURL(file);
  });
}

/**
 * Upload of the XLSX template: all or nothing. When the API refuses the file, every problem is listed
 * with its sheet, row and column, so it can be found in the workbook.
 */
export function XlsxImportForm({ roundId, onImported }: { readonly roundId: number; onImported(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="xlsx-import"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(null);
        setError(undefined);
        const file = input.current?.files?.[0];
        if (file === undefined) {
          setMissing(true);
          return;
        }
        setMissing(false);
        setBusy(true);
        try {
          await api("POST", `/api/policy/rounds/${roundId}/import.xlsx`, {
            fileName: file.name,
            contentBase64: await readAsBase64(file),
          });
          setSaved(t("policy.import.done", { name: file.name }));
          onImported();
        } catch (err) {
          setError(err instanceof Error ? err : new Error(String(err)));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ImportErrorsAlert error={error} sourceLabel={t("policy.import.sheet")} />
      <div className={`form-group${missing ? " form-error" : ""}`}>
        <label className="form-label" htmlFor={`${id}-file`}>
          {t("policy.import.file")}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {t("policy.import.hint")}
        </span>
        {missing ? (
          <span className="form-error-message" id={`${id}-error`}>
            {t("policy.import.missing")}
          </span>
        ) : null}
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          className="form-file-input"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ""}`}
          aria-invalid={missing ? true : undefined}
        />
      </div>
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {busy ? t("policy.import.busy") : t("policy.import.submit")}
      </button>
      <div role="status">
        {saved !== null ? (
          <div className="alert alert-success mt-4">
            <div className="alert-body">
              <p className="alert-text">{saved}</p>
            </div>
          </div>
        ) : null}
      </div>
    </form>
  );
}
