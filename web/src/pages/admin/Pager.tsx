import { useTranslation } from "react-i18next";

/** Rows per page of the audit log and the import history. */
export const PAGE_SIZE = 50;

/**
 * "Newest" and "older" for a log read newest first by id: a full page may have older rows after
 * its last id; a short page is the end.
 */
export function Pager({
  rows,
  paged,
  newest,
  olderThan,
}: {
  readonly rows: readonly { readonly id: string }[];
  /** Whether this is a page after the first. */
  readonly paged: boolean;
  newest(): void;
  olderThan(id: string): void;
}) {
  const { t } = useTranslation();
  const last = rows.at(-1);
  return (
    <p className="mt-5">
      {paged ? (
        <button type="button" className="button button-secondary mr-3" onClick={newest}>
          {t("admin.audit.newest")}
        </button>
      ) : null}
      {last !== undefined && rows.length === PAGE_SIZE ? (
        <button type="button" className="button button-secondary" onClick={() => olderThan(last.id)}>
          {t("admin.audit.older")}
        </button>
      ) : null}
    </p>
  );
}
