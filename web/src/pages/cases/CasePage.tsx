import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { BackLink } from "../../components/BackLink.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextAreaField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";
import { AssessmentForm } from "./AssessmentForm.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { Timeline } from "./Timeline.tsx";

/** One case: the young person, the actions with due dates, re-grading, assessments, the timeline. */
export function CasePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const id = Number(useParams().id);
  const { data, error, reload } = useApi("/api/cases/{id}", { params: { path: { id } } });
  const catalogue = useApi("/api/cases/catalogue");
  const saving = useSubmission();
  const [level, setLevel] = useState("");
  const [reason, setReason] = useState("");
  const handles = user?.role === "caseworker" && data !== undefined && data.closedOn === null;

  async function complete(actionId: number) {
    const done = await saving.run(() =>
      api.POST("/api/cases/{id}/actions/{actionId}/complete", {
        params: { path: { id, actionId } },
        body: {},
      }),
    );
    if (done !== undefined) reload();
  }

  async function regrade(event: FormEvent) {
    event.preventDefault();
    const done = await saving.run(() =>
      api.POST("/api/cases/{id}/regrade", {
        params: { path: { id } },
        body: { level: Number(level), reason },
      }),
    );
    if (done === undefined) return;
    setReason("");
    setLevel("");
    reload();
  }

  return (
    <>
      <BackLink to="/sager">{t("cases.mine.title")}</BackLink>
      <ErrorAlert error={error ?? saving.error} />
      {data ? (
        <>
          <h2 data-testid="case-heading">
            {t("cases.caseNumber", { id: data.id })}: {data.pseudonym} <LevelBadge level={data.level} />
          </h2>
          <dl className="mb-5">
            <dt>{t("cases.committee")}</dt>
            <dd>{data.committee}</dd>
            <dt>{t("cases.ageGroup")}</dt>
            <dd>{data.ageGroup === null ? "–" : t(`cases.ageGroups.${data.ageGroup}`)}</dd>
            {data.name !== null ? (
              <>
                <dt>{t("cases.name")}</dt>
                <dd>{data.name}</dd>
              </>
            ) : null}
            {data.contact !== null ? (
              <>
                <dt>{t("cases.contact")}</dt>
                <dd>{data.contact}</dd>
              </>
            ) : null}
            <dt>{t("cases.openedOn")}</dt>
            <dd>{formatDate(data.openedOn)}</dd>
            {data.closedOn !== null ? (
              <>
                <dt>{t("cases.closedOn")}</dt>
                <dd>
                  {formatDate(data.closedOn)} {data.closeReason ?? ""}
                </dd>
              </>
            ) : null}
          </dl>

          <h3>{t("cases.actions")}</h3>
          <div className="table--responsive-scroll">
            <table className="table table--compact" data-testid="case-actions">
              <thead>
                <tr>
                  <th scope="col">{t("cases.action")}</th>
                  <th scope="col">{t("cases.responsible")}</th>
                  <th scope="col">{t("cases.level")}</th>
                  <th scope="col">{t("cases.dueOn")}</th>
                  <th scope="col">{t("cases.status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.actions.map((a) => (
                  <tr key={a.id} data-action={a.key}>
                    <td>{a.title}</td>
                    <td>{a.responsible}</td>
                    <td>{a.level}</td>
                    <td>
                      {formatDate(a.dueOn)}{" "}
                      {a.overdue ? (
                        <span className="badge badge-small badge-error">{t("cases.overdueBadge")}</span>
                      ) : null}
                    </td>
                    <td>
                      {a.status === "open" && handles ? (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={saving.busy}
                          onClick={() => void complete(a.id)}
                        >
                          {t("cases.complete")}
                        </button>
                      ) : (
                        t(`cases.statuses.${a.status}`, {
                          date: a.completedOn === null ? "" : formatDate(a.completedOn),
                        })
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {handles ? (
            <form className="mt-6" onSubmit={(e) => void regrade(e)} noValidate>
              <h3>{t("cases.regrade.title")}</h3>
              <SelectField
                id="regrade-level"
                label={t("cases.regrade.level")}
                value={level}
                onChange={setLevel}
              >
                <option value="">{t("cases.create.choose")}</option>
                {(catalogue.data?.levels ?? [])
                  .filter((l) => l.level !== data.level)
                  .map((l) => (
                    <option key={l.level} value={String(l.level)}>
                      {l.level} · {l.name}
                    </option>
                  ))}
              </SelectField>
              <TextAreaField
                id="regrade-reason"
                rows={2}
                label={t("cases.regrade.reason")}
                value={reason}
                onChange={setReason}
              />
              <button type="submit" className="button button-primary" disabled={saving.busy}>
                {t("cases.regrade.submit")}
              </button>
            </form>
          ) : null}

          {handles && catalogue.data ? (
            <AssessmentForm caseId={id} parameters={catalogue.data.parameters} onSaved={reload} />
          ) : null}

          <h3 className="mt-6">{t("cases.timeline.title")}</h3>
          <Timeline events={data.timeline} />
        </>
      ) : null}
    </>
  );
}
