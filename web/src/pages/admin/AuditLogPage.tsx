import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActions,
  auditEntities,
  isAuditAction,
  isAuditEntity,
} from "../../../../src/domain/audit-actions.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, SelectField, TextField } from "../../components/fields.tsx";
import { formatDateTime } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { PAGE_SIZE, Pager } from "./Pager.tsx";

/** The filters, as the API names them and as the page's address keeps them (a filtered view can be bookmarked). */
const FILTERS = ["actor", "action", "entity", "entityId", "from", "to"] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

/** `to: caseworker, from: analyst`: the details as recorded, readable without JSON's quotes. */
function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(", ");
}

/** The action in words, in the UI's language; a code the table does not know (an old row) as it is. */
function actionLabel(code: string, language: string): string {
  return isAuditAction(code) ? AUDIT_ACTIONS[code][language === "en" ? "en" : "da"] : code;
}

/** The kind of record in words, as `actionLabel`. */
function entityLabel(code: string, language: string): string {
  return isAuditEntity(code) ? AUDIT_ENTITIES[code][language === "en" ? "en" : "da"] : code;
}

function filtersOf(search: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ""])) as Filters;
}

/** Only the filters given: an empty field means "any". */
function given(filters: Filters): Partial<Filters> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim() !== "")) as Partial<Filters>;
}

/**
 * The audit log, read-only, newest first, a page at a time. Reading it is itself audited by the API.
 * The filters live in the address, so "older" is a link the browser's back button undoes.
 */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const applied = filtersOf(search);
  const beforeId = search.get("beforeId") ?? undefined;
  const [draft, setDraft] = useState<Filters>(applied);
  // The address is typed by hand too: an action the table does not know is no filter (not a 400).
  const { action, entity, ...rest } = given(applied);
  const query = {
    ...rest,
    ...(action !== undefined && isAuditAction(action) ? { action } : {}),
    ...(entity !== undefined && isAuditEntity(entity) ? { entity } : {}),
    limit: PAGE_SIZE,
    ...(beforeId === undefined ? {} : { beforeId }),
  };
  const { data, error, loading } = useApi("/api/audit", { params: { query } });

  function apply(event: FormEvent) {
    event.preventDefault();
    setSearch(new URLSearchParams(given(draft)));
  }
  function olderThan(id: string) {
    setSearch(new URLSearchParams({ ...given(applied), beforeId: id }));
  }
  const field = (name: Filter, type: "text" | "date" = "text") => (
    <TextField
      id={`audit-${name}`}
      name={name}
      type={type}
      label={t(`admin.audit.filter.${name}`)}
      value={draft[name]}
      onChange={(value) => setDraft({ ...draft, [name]: value })}
      groupClassName="form-group mt-0 mb-5 mr-5"
      width={type === "date" ? "" : "input-width-s"}
    />
  );

  const entries = data?.entries ?? [];
  return (
    <>
      <h2>{t("admin.audit.title")}</h2>
      <p className="font-lead">{t("admin.audit.intro")}</p>
      <Form submission={{ error }} onSubmit={apply} aria-label={t("admin.audit.filters")}>
        <div className="d-flex flex-wrap align-items-end">
          {field("actor")}
          <SelectField
            id="audit-action"
            name="action"
            label={t("admin.audit.filter.action")}
            value={draft.action}
            onChange={(value) => setDraft({ ...draft, action: value })}
            groupClassName="form-group mt-0 mb-5 mr-5"
          >
            <option value="">{t("admin.audit.anyAction")}</option>
            {auditActions.map((code) => (
              <option key={code} value={code}>
                {actionLabel(code, i18n.language)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="audit-entity"
            name="entity"
            label={t("admin.audit.filter.entity")}
            value={draft.entity}
            onChange={(value) => setDraft({ ...draft, entity: value })}
            groupClassName="form-group mt-0 mb-5 mr-5"
          >
            <option value="">{t("admin.audit.anyEntity")}</option>
            {auditEntities.map((code) => (
              <option key={code} value={code}>
                {entityLabel(code, i18n.language)}
              </option>
            ))}
          </SelectField>
          {field("entityId")}
          {field("from", "date")}
          {field("to", "date")}
        </div>
        <button type="submit" className="button button-primary mt-3">
          {t("admin.audit.show")}
        </button>
      </Form>
      <ErrorAlert error={error} />
      {loading ? <p>{t("loading")}</p> : null}
      {data && entries.length === 0 ? <p className="mt-5">{t("admin.audit.none")}</p> : null}
      {entries.length > 0 ? (
        <div className="table--responsive-scroll mt-5">
          <table className="table table--compact">
            <caption className="sr-only">{t("admin.audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.at")}</th>
                <th scope="col">{t("admin.audit.filter.actor")}</th>
                <th scope="col">{t("admin.audit.filter.action")}</th>
                <th scope="col">{t("admin.audit.record")}</th>
                <th scope="col">{t("admin.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="text-nowrap">{formatDateTime(new Date(e.at))}</td>
                  <td>{e.actorName}</td>
                  <td data-action={e.action}>{actionLabel(e.action, i18n.language)}</td>
                  <td data-entity={e.entity}>
                    {entityLabel(e.entity, i18n.language)}
                    {e.entityId === null ? null : <> {e.entityId}</>}
                  </td>
                  <td>
                    <code>{detailsText(e.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager
        rows={entries}
        paged={beforeId !== undefined}
        newest={() => setSearch(new URLSearchParams(given(applied)))}
        olderThan={olderThan}
      />
    </>
  );
}
