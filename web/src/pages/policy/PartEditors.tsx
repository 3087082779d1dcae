import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { richTextToText } from "../../../../src/domain/policy/goals/rich-text-editable.ts";
import { roundTextFields } from "../../../../src/domain/policy/report/round-parts.ts";
import { ApiError, api } from "../../api.ts";
import type { RequestBody, RoundDetail } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextAreaField, TextField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import { type Submission, useSubmission } from "../../useSubmission.ts";

/** One edit of a part of the round, as `POST /api/policy/rounds/{id}/edits` takes it. */
export type PartEdit = RequestBody<"/api/policy/rounds/{id}/edits", "post">["edit"];

/** The refusal of a write made on a revision of the round that is no longer the stored one. */
export class StaleRevisionError extends Error {}

/**
 * A submission of a write to a round, made with the revision the page shows. A 409 on the revision
 * means someone else saved in between: the page fetches the round again (`reload`, so the current
 * value is shown) and says so in Danish, instead of the write landing on content the user did not see.
 */
export function useRoundSubmission(reload: () => void): Submission {
  const { t } = useTranslation();
  const submission = useSubmission();
  const { run } = submission;
  return {
    ...submission,
    run: <T,>(work: () => Promise<T>) =>
      run(async () => {
        try {
          return await work();
        } catch (e) {
          if (e instanceof ApiError && e.status === 409 && e.details.some((d) => d.field === "revision")) {
            reload();
            throw new StaleRevisionError(t("policy.secretary.stale"));
          }
          throw e;
        }
      }),
  };
}

/**
 * Sends one part edit with the revision the page shows, then has the page fetch the round again;
 * `onSaved("stale")` when it was refused as made on an older revision (the page may say so where a
 * form that is rebuilt with the new revision cannot).
 */
export function usePartEdit(detail: RoundDetail, onSaved: (outcome?: "stale") => void) {
  const submission = useRoundSubmission(() => onSaved("stale"));
  const save = (edit: PartEdit) =>
    submission
      .run(() =>
        api.POST("/api/policy/rounds/{id}/edits", {
          params: { path: { id: detail.id } },
          body: { revision: detail.revision, edit },
        }),
      )
      .then((answer) => {
        if (answer !== undefined) onSaved();
        return answer;
      });
  return { ...submission, save };
}

/**
 * A value shown as text with an "Edit" button; editing opens the field in place. Enter saves a
 * one-line field, Escape cancels (keyboard users never need the mouse).
 */
export function EditableValue({
  id,
  label,
  value,
  display,
  multiline = false,
  hint,
  type = "text",
  canEdit,
  onSave,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** How the value reads when not edited (defaults to the value itself). */
  readonly display?: ReactNode;
  readonly multiline?: boolean;
  readonly hint?: string;
  readonly type?: "text" | "date";
  readonly canEdit: boolean;
  onSave(value: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const answer = await onSave(draft);
    setBusy(false);
    if (answer !== undefined) setEditing(false);
  };
  if (!editing) {
    return (
      <div className="editable-value mb-4" id={id} data-testid={id}>
        <span className="d-block weight-semibold">{label}</span>
        <div lang="da" className="editable-value-text">
          {display ?? (value === "" ? <em>{t("policy.secretary.header.empty")}</em> : value)}
        </div>
        {canEdit ? (
          <button
            type="button"
            className="button button-tertiary"
            aria-label={`${t("policy.secretary.edit")}: ${label}`}
            onClick={() => {
              setDraft(value);
              setEditing(true);
            }}
          >
            {t("policy.secretary.edit")}
          </button>
        ) : null}
      </div>
    );
  }
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      setEditing(false);
    } else if (e.key === "Enter" && !multiline) {
      e.preventDefault();
      void save();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys belong to the field inside
    <div className="editable-value mb-4" id={id} data-testid={id} onKeyDown={keys}>
      {multiline ? (
        <TextAreaField
          id={`${id}-input`}
          label={label}
          hint={hint}
          rows={Math.min(14, Math.max(4, draft.split("\n").length + 1))}
          width="input-width-xl"
          value={draft}
          onChange={setDraft}
        />
      ) : (
        <TextField
          id={`${id}-input`}
          label={label}
          hint={hint}
          type={type}
          width={type === "date" ? "" : "input-width-xl"}
          value={draft}
          onChange={setDraft}
        />
      )}
      <button
        type="button"
        className="button button-primary mr-4"
        disabled={busy}
        onClick={() => void save()}
      >
        {t("policy.secretary.save")}
      </button>
      <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
        {t("policy.secretary.cancel")}
      </button>
    </div>
  );
}

/** The letterhead: title, date, case and document numbers, sender and addressee, each editable in place. */
export function HeaderEditor({
  detail,
  administrations,
  canEdit,
  onSaved,
}: {
  readonly detail: RoundDetail;
  readonly administrations: readonly { readonly code: string; readonly name: string }[];
  readonly canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { error, save } = usePartEdit(detail, onSaved);
  const c = detail.content;
  const nullable = (value: string) => (value.trim() === "" ? null : value.trim());
  const [addressee, setAddressee] = useState(c.requestedByCode);
  return (
    <section aria-labelledby={`${id}-h`} data-testid="header-editor">
      <h2 id={`${id}-h`}>{t("policy.secretary.header.heading")}</h2>
      <p>{t("policy.secretary.header.intro")}</p>
      <ErrorAlert error={error} />
      <EditableValue
        id="felt-title"
        label={t("policy.secretary.header.title")}
        value={c.title}
        canEdit={canEdit}
        onSave={(v) => save({ part: "header", title: v })}
      />
      <div className="row">
        {(
          [
            ["requestDate", c.requestDate, "date"],
            ["caseNumber", c.caseNumber ?? "", "text"],
            ["documentNumber", c.documentNumber ?? "", "text"],
            ["caseworker", c.caseworker ?? "", "text"],
          ] as const
        ).map(([field, value, type]) => (
          <div key={field} className="col-12 col-md-6">
            <EditableValue
              id={`felt-${field}`}
              label={t(`policy.secretary.header.${field}`)}
              value={value}
              type={type}
              display={type === "date" ? formatDate(value) : undefined}
              canEdit={canEdit}
              onSave={(v) =>
                save(
                  field === "requestDate"
                    ? { part: "header", requestDate: v }
                    : { part: "header", [field]: nullable(v) },
                )
              }
            />
          </div>
        ))}
      </div>
      {canEdit ? (
        <form
          className="d-flex flex-wrap align-items-end"
          id="felt-requestedByCode"
          onSubmit={(e) => {
            e.preventDefault();
            void save({ part: "header", requestedByCode: addressee });
          }}
        >
          <SelectField
            id={`${id}-addressee`}
            groupClassName="form-group mr-4"
            label={t("policy.secretary.header.requestedByCode")}
            value={addressee}
            onChange={setAddressee}
          >
            {administrations.map((a) => (
              <option key={a.code} value={a.code}>
                {a.code} – {a.name}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            className="button button-secondary mb-5"
            disabled={addressee === c.requestedByCode}
          >
            {t("policy.secretary.save")}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** The report's own texts: the introduction, section 1's introduction, the four section headings. */
export function RoundTextsEditor({
  detail,
  canEdit,
  onSaved,
}: {
  readonly detail: RoundDetail;
  readonly canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { error, save } = usePartEdit(detail, onSaved);
  const c = detail.content;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("policy.secretary.texts.heading")}</h2>
      <ErrorAlert error={error} />
      {roundTextFields.map((field) => {
        const [head, heading] = field.split(".") as [string, keyof typeof c.sectionHeadings | undefined];
        const value =
          heading === undefined
            ? richTextToText(c[head as "introduction" | "assessmentIntroduction"])
            : c.sectionHeadings[heading];
        return (
          <EditableValue
            key={field}
            id={`felt-${field}`}
            label={t(`policy.secretary.texts.${field}`)}
            value={value}
            display={<span style={{ whiteSpace: "pre-line" }}>{value}</span>}
            multiline={heading === undefined}
            hint={heading === undefined ? t("policy.secretary.texts.richHint") : undefined}
            canEdit={canEdit}
            onSave={(text) => save({ part: "text", field, text })}
          />
        );
      })}
    </section>
  );
}
