import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { RoundDetail } from "../../api-types.ts";
import { FileField } from "../../components/fields.tsx";
import { ImportErrorsAlert } from "../../components/ImportErrorsAlert.tsx";
import { useRoundSubmission } from "./PartEditors.tsx";

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
export function XlsxImportForm({
  detail,
  onImported,
}: {
  /** The round as the page shows it: the workbook is merged into its revision. */
  readonly detail: RoundDetail;
  onImported(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { busy, error, run, reset } = useRoundSubmission(onImported);
  const [saved, setSaved] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  return (
    <form
      className="xlsx-import"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(null);
        const file = input.current?.files?.[0];
        setMissing(file === undefined);
        if (file === undefined) {
          reset();
          return;
        }
        const imported = await run(async () =>
          api.POST("/api/policy/rounds/{id}/import.xlsx", {
            params: { path: { id: detail.id } },
            body: { revision: detail.revision, fileName: file.name, contentBase64: await readAsBase64(file) },
          }),
        );
        if (imported === undefined) return;
        setSaved(t("policy.import.done", { name: file.name }));
        onImported();
      }}
    >
      <ImportErrorsAlert error={error} sourceLabel={t("policy.import.sheet")} />
      <FileField
        ref={input}
        id={`${id}-file`}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        label={t("policy.import.file")}
        hint={t("policy.import.hint")}
        error={missing ? t("policy.import.missing") : null}
      />
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
