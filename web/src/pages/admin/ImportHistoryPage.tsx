import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime, formatNumber } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { PAGE_SIZE, Pager } from "./Pager.tsx";

/**
 * What came into udsyn from outside: area-fact and published-list files (taken or refused, and
 * why), register batches and the facts computed from them; who, when and how many rows.
 */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  const [beforeId, setBeforeId] = useState<string | undefined>(undefined);
  const query = { limit: PAGE_SIZE, ...(beforeId === undefined ? {} : { beforeId }) };
  const { data, error } = useApi("/api/audit/imports", { params: { query } });
  const imports = data?.imports ?? [];
  return (
    <>
      <h2>{t("admin.imports.title")}</h2>
      <p className="font-lead">{t("admin.imports.intro")}</p>
      <ErrorAlert error={error} />
      {data && imports.length === 0 ? <p>{t("admin.imports.none")}</p> : null}
      {imports.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t("admin.imports.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.at")}</th>
                <th scope="col">{t("admin.imports.kind")}</th>
                <th scope="col">{t("admin.imports.source")}</th>
                <th scope="col">{t("admin.audit.filter.actor")}</th>
                <th scope="col" className="text-align-right">
                  {t("admin.imports.rows")}
                </th>
                <th scope="col">{t("admin.imports.status")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <td className="text-nowrap">{formatDateTime(new Date(i.at))}</td>
                  <td>{t(`admin.imports.kinds.${i.kind}`)}</td>
                  <td>{i.source}</td>
                  <td>{i.actorName}</td>
                  <td className="text-align-right">{i.rows === null ? "–" : formatNumber(i.rows)}</td>
                  <td>
                    {i.status === "refused" ? (
                      <>
                        <strong>{t("admin.imports.refused")}</strong>: {i.message}
                      </>
                    ) : i.replaced !== null && i.replaced > 0 ? (
                      t("admin.imports.importedReplacing", { count: i.replaced })
                    ) : (
                      t("admin.imports.imported")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager
        rows={imports}
        paged={beforeId !== undefined}
        newest={() => setBeforeId(undefined)}
        olderThan={setBeforeId}
      />
    </>
  );
}
