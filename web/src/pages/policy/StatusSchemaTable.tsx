import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { richTextToText } from "../../../../src/domain/policy/goals/rich-text-editable.ts";
import {
  type StatusFieldKey,
  statusFieldKeys,
  statusFieldLabel,
} from "../../../../src/domain/policy/initiatives/status-report-layout.ts";
import { api } from "../../api.ts";
import type { Initiative, RichText, RoundStatus } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextAreaField } from "../../components/fields.tsx";
import { RichTextView } from "../../components/RichTextView.tsx";
import { useRoundSubmission } from "./PartEditors.tsx";

interface Props {
  readonly initiative: Initiative;
  readonly year: number;
  readonly roundId: number;
  /** The user's role may edit. */
  readonly canEdit: boolean;
  /** The revision of the round the page shows: an edit is saved on it. */
  readonly revision: number;
  /** The round's status lets its content change. */
  readonly editable: boolean;
  readonly status: RoundStatus;
  onSaved(): void;
}

/** The status schema as the report prints it (label | text), with an edit form per field for editors. */
export function StatusSchemaTable({
  initiative,
  year,
  roundId,
  revision,
  canEdit,
  editable,
  status,
  onSaved,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<StatusFieldKey | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const kind = initiative.statusReport.kind;
  const lockedId = `${id}-locked`;

  return (
    <>
      {canEdit && !editable ? (
        <div className="alert alert-info" id={lockedId}>
          <div className="alert-body">
            <p className="alert-text">
              {t(`policy.fieldEdit.locked.${status}`, t("policy.fieldEdit.locked.other"))}
            </p>
          </div>
        </div>
      ) : null}
      <div role="status">
        {saved !== null ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{saved}</p>
            </div>
          </div>
        ) : null}
      </div>
      <div className="table--responsive-scroll">
        <table className="table status-schema" data-testid="status-schema">
          <caption>{t("policy.initiative.schemaCaption", { name: initiative.name, year })}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ width: "25%" }}>
                {t("policy.initiative.field")}
              </th>
              <th scope="col">{t("policy.initiative.text")}</th>
              {canEdit ? (
                <th scope="col">
                  <span className="sr-only">{t("policy.fieldEdit.column")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {statusFieldKeys(kind).map((key) => {
              const label = statusFieldLabel(kind, key, year);
              const value =
                (initiative.statusReport.fields as Partial<Record<StatusFieldKey, RichText>>)[key] ?? [];
              return [
                <tr key={key}>
                  <th scope="row" lang="da">
                    {label}
                  </th>
                  <td>
                    {value.length === 0 ? (
                      <em>{t("policy.initiative.empty")}</em>
                    ) : (
                      <RichTextView text={value} />
                    )}
                  </td>
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        disabled={!editable || editing === key}
                        aria-describedby={editable ? undefined : lockedId}
                        onClick={() => {
                          setSaved(null);
                          setEditing(key);
                        }}
                      >
                        {t("policy.fieldEdit.edit")}
                        <span className="sr-only"> {label}</span>
                      </button>
                    </td>
                  ) : null}
                </tr>,
                editing === key ? (
                  <tr key={`${key}-edit`}>
                    <td colSpan={canEdit ? 3 : 2}>
                      <FieldForm
                        label={label}
                        initial={richTextToText(value)}
                        field={{ id: roundId, initiativeId: initiative.id, field: key }}
                        revision={revision}
                        onStale={onSaved}
                        onCancel={() => setEditing(null)}
                        onSaved={() => {
                          setEditing(null);
                          setSaved(t("policy.fieldEdit.saved", { label }));
                          onSaved();
                        }}
                      />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function FieldForm({
  label,
  initial,
  field,
  revision,
  onCancel,
  onSaved,
  onStale,
}: {
  readonly label: string;
  readonly initial: string;
  /** The round, the initiative and the status field the text is for. */
  readonly field: { readonly id: number; readonly initiativeId: string; readonly field: StatusFieldKey };
  readonly revision: number;
  onCancel(): void;
  onSaved(): void;
  /** The round changed since it was fetched: fetch it again. */
  onStale(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const { busy, error, run } = useRoundSubmission(onStale);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  return (
    <form
      className="field-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const answer = await run(() =>
          api.PUT("/api/policy/rounds/{id}/initiatives/{initiativeId}/fields/{field}", {
            params: { path: field },
            body: { revision, text },
          }),
        );
        if (answer !== undefined) onSaved();
      }}
    >
      <ErrorAlert error={error} />
      <TextAreaField
        ref={area}
        id={`${id}-text`}
        groupClassName="form-group mt-0"
        label={t("policy.fieldEdit.label", { label })}
        hint={t("policy.fieldEdit.hint")}
        style={{ maxWidth: "100%", width: "100%" }}
        rows={Math.min(20, Math.max(6, text.split("\n").length + 2))}
        value={text}
        onChange={setText}
      />
      <div className="mt-4">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("policy.fieldEdit.save")}
        </button>
        <button type="button" className="button button-secondary ml-4" onClick={onCancel}>
          {t("policy.fieldEdit.cancel")}
        </button>
      </div>
    </form>
  );
}
