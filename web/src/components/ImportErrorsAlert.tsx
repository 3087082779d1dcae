import { useTranslation } from "react-i18next";
import { ApiError } from "../api.ts";

/**
 * A refused import: the message, then every problem in a table with where it stands (file or
 * sheet, row, column), so each can be found and fixed in the file.
 */
export function ImportErrorsAlert({
  error,
  sourceLabel,
}: {
  readonly error: Error | undefined;
  readonly sourceLabel: string;
}) {
  const { t } = useTranslation();
  if (error === undefined) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="alert alert-error" role="alert" data-testid="import-errors">
      <div className="alert-body">
        <p className="alert-heading">{error.message}</p>
        {details.length > 0 ? (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption>{t("import.errorsCaption", { count: details.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{sourceLabel}</th>
                  <th scope="col">{t("import.row")}</th>
                  <th scope="col">{t("import.column")}</th>
                  <th scope="col">{t("import.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {details.map((d, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
                  <tr key={i}>
                    <td>{d.source ?? "–"}</td>
                    <td>{d.row ?? "–"}</td>
                    <td>{d.field ?? "–"}</td>
                    <td>{d.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
