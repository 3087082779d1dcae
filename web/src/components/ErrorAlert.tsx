import { useTranslation } from "react-i18next";
import { ApiError, type ApiIssue } from "../api.ts";
import { fieldPath, isFieldAt } from "../fieldErrors.ts";

/** The field on the page a detail is about (a `Form` field with that `name`), with its label. */
function fieldOnPage(path: string): { readonly id: string; readonly label: string } | undefined {
  if (typeof document === "undefined") return undefined;
  for (const group of document.querySelectorAll<HTMLElement>("[data-field]")) {
    const names = [group.dataset.field, group.dataset.fieldAlso].filter((n) => n !== undefined && n !== "");
    const name = names[0] ?? "";
    if (!names.some((n) => isFieldAt(n ?? "", path))) continue;
    const label = group.querySelector("label");
    const control = group.querySelector<HTMLElement>("input, select, textarea");
    if (label !== null && control !== null && control.id !== "") {
      return { id: control.id, label: label.textContent ?? name };
    }
  }
  return undefined;
}

function Detail({ detail }: { readonly detail: ApiIssue }) {
  const { t } = useTranslation();
  const field =
    detail.field === undefined || detail.row !== undefined ? undefined : fieldOnPage(detail.field);
  if (field !== undefined) {
    // The DKFDS error summary: each problem links to the field where it is fixed.
    return (
      <>
        <a href={`#${field.id}`}>{field.label}</a>: {detail.message}
      </>
    );
  }
  const where = [
    detail.source,
    detail.row === undefined ? undefined : t("errors.row", { row: detail.row }),
    detail.field === undefined ? undefined : fieldPath(detail.field),
  ].filter(Boolean);
  return (
    <>
      {where.length > 0 ? `${where.join(", ")}: ` : ""}
      {detail.message}
    </>
  );
}

/** Problems shown at once; a longer list (up to the server's 100) folds the rest away. */
const SHOWN_AT_ONCE = 10;

function DetailList({ details }: { readonly details: readonly ApiIssue[] }) {
  return (
    <ul className="alert-text">
      {details.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: details have no identity of their own
        <li key={i}>
          <Detail detail={d} />
        </li>
      ))}
    </ul>
  );
}

/** An API error as DKFDS shows errors: the message, then every problem with where it is. */
export function ErrorAlert({ error }: { readonly error: Error | undefined }) {
  const { t } = useTranslation();
  if (error === undefined) return null;
  const details = error instanceof ApiError ? error.details : [];
  const rest = details.slice(SHOWN_AT_ONCE);
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{error.message}</p>
        {details.length > 0 ? <DetailList details={details.slice(0, SHOWN_AT_ONCE)} /> : null}
        {rest.length > 0 ? (
          <details>
            <summary>{t("errors.more", { count: rest.length })}</summary>
            <DetailList details={rest} />
          </details>
        ) : null}
      </div>
    </div>
  );
}
