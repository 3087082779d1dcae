import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes, useLocation } from "react-router-dom";
import { isEditable } from "../../../../src/domain/policy/report/round-workflow.ts";
import { ApiError, api } from "../../api.ts";
import type { Finding, ReportingRound, RoundDetail, RoundStatus } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FactTable } from "../../components/FactTable.tsx";
import { TextField } from "../../components/fields.tsx";
import { formatTimestamp } from "../../format.ts";
import { useSubmission } from "../../useSubmission.ts";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { ChangesSection } from "./ChangesSection.tsx";
import { describeLocation } from "./findings.tsx";
import { NewRoundForm } from "./NewRoundForm.tsx";
import { HeaderEditor, RoundTextsEditor } from "./PartEditors.tsx";
import { RoundPicker, RoundStatusBadge } from "./RoundPicker.tsx";
import {
  type RoundSelection,
  roundApi,
  useCanEdit,
  useRoundDetail,
  useRoundSelection,
  useRoundValidation,
} from "./round.ts";
import { RoundChecklist, RoundHistory } from "./SecretaryPanels.tsx";
import { ValidationSection } from "./ValidationSection.tsx";

export function ReportsModule() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function ReportsPage() {
  const { t } = useTranslation();
  const selection = useRoundSelection();
  const { selected } = selection;
  const round = useRoundDetail(selected);
  const validation = useRoundValidation(selected);
  const canEdit = useCanEdit();
  const detail = round.data;
  const location = useLocation();
  const refreshAll = () => {
    round.reload();
    validation.reload();
  };

  // A link to a field (`/rapporter?…#felt-caseNumber`, from a finding or the checklist) lands on it.
  useEffect(() => {
    if (detail === undefined || location.hash === "") return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [detail, location.hash]);

  return (
    <>
      <h1>{t("nav.reports")}</h1>
      <p className="font-lead">{t("policy.reports.intro")}</p>
      <RoundPicker selection={selection} />
      <ErrorAlert error={round.error} />
      {round.loading && detail === undefined ? <p>{t("loading")}</p> : null}
      {detail !== undefined && selected !== undefined ? (
        <>
          <h2 lang="da">{detail.content.title}</h2>
          <FactTable
            caption={t("policy.reports.factsCaption")}
            facts={[
              {
                label: t("policy.reports.round"),
                value: t("policy.reports.roundName", {
                  committee: detail.committeeCode,
                  year: detail.year,
                  version: detail.version,
                }),
              },
              { label: t("policy.reports.status"), value: <RoundStatusBadge status={detail.status} /> },
              { label: t("policy.reports.updated"), value: formatTimestamp(detail.updatedAt) },
              detail.publishedAt === null
                ? null
                : { label: t("policy.reports.published"), value: formatTimestamp(detail.publishedAt) },
            ]}
          />

          <RoundChecklist
            detail={detail}
            query={selection.query}
            canEdit={canEdit && isEditable(detail.status)}
            onSaved={refreshAll}
          />

          <h2>{t("policy.reports.workflow")}</h2>
          <Workflow
            detail={detail}
            canEdit={canEdit}
            findings={validation.data?.findings ?? []}
            selection={selection}
            onChanged={() => {
              round.reload();
              void selection.refresh();
            }}
          />
          <RoundHistory round={selected} reloadKey={`${detail.status}-${detail.revision}`} />

          <HeaderEditor
            detail={detail}
            administrations={selection.organisations.filter((o) => o.kind === "administration")}
            canEdit={canEdit && isEditable(detail.status)}
            onSaved={refreshAll}
          />
          <RoundTextsEditor
            detail={detail}
            canEdit={canEdit && isEditable(detail.status)}
            onSaved={refreshAll}
          />

          <h2>{t("policy.reports.download")}</h2>
          <p>{t("policy.reports.downloadIntro")}</p>
          <ul className="unstyled-list d-flex flex-wrap">
            {(["pdf", "docx", "html"] as const).map((format) => (
              <li key={format} className="mr-4 mb-3">
                <a
                  className="button button-secondary"
                  href={roundApi(selected, `/report.${format}`)}
                  download
                  data-testid={`download-${format}`}
                >
                  {t(`policy.reports.format.${format}`)}
                </a>
              </li>
            ))}
            <li className="mb-3">
              <a className="button button-tertiary" href={`${roundApi(selected, "/report.html")}&inline=1`}>
                {t("policy.reports.viewHtml")}
              </a>
            </li>
          </ul>

          <h2>{t("policy.reports.validation")}</h2>
          <ErrorAlert error={validation.error} />
          {validation.data !== undefined ? (
            <ValidationSection
              findings={validation.data.findings}
              round={detail.content}
              query={selection.query}
            />
          ) : (
            <p>{t("loading")}</p>
          )}

          <h2>{t("policy.reports.changes")}</h2>
          <ChangesSection selected={selected} round={detail.content} />
        </>
      ) : null}

      {canEdit && selection.rounds !== undefined ? (
        <>
          <h2>{t("policy.newRound.heading")}</h2>
          <NewRoundForm selection={selection} />
        </>
      ) : null}
    </>
  );
}

/**
 * A refused status change: the API's message, then each reason. The reasons of a refused approval are
 * the validation's errors; they are shown with where they stand, in the report's words.
 */
function TransitionError({
  error,
  findings,
  round,
}: {
  readonly error: Error | undefined;
  readonly findings: readonly Finding[];
  readonly round: ReportingRound;
}) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.details.length === 0) return <ErrorAlert error={error} />;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading" lang="da">
          {error.message}
        </p>
        <ul className="alert-text">
          {error.details.map((issue, index) => {
            const finding = findings.find((f) => f.message === issue.message);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no identity of their own
              <li key={index}>
                {finding !== undefined ? (
                  <strong className="d-block">{describeLocation(finding.location, round, t)}</strong>
                ) : null}
                <span lang="da">{issue.message}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

function Workflow({
  detail,
  canEdit,
  findings,
  selection,
  onChanged,
}: {
  readonly detail: RoundDetail;
  readonly canEdit: boolean;
  readonly findings: readonly Finding[];
  readonly selection: RoundSelection;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [comment, setComment] = useState("");
  const commentId = useId();
  const errorCount = findings.filter((f) => f.severity === "error").length;
  const thisRound = { params: { path: { id: detail.id } } };

  /** Runs a step of the workflow; what it answers is announced as done. */
  const act = async (step: () => Promise<string>) => {
    setDone(null);
    const message = await run(step);
    setConfirming(false);
    if (message !== undefined) setDone(message);
  };

  const transition = (to: RoundStatus) =>
    act(async () => {
      await api.POST("/api/policy/rounds/{id}/transition", {
        ...thisRound,
        body: { to, ...(comment.trim() === "" ? {} : { comment }) },
      });
      setComment("");
      onChanged();
      return t("policy.workflow.moved", { status: t(`policy.roundStatus.${to}`) });
    });

  const correction = () =>
    act(async () => {
      const created = await api.POST("/api/policy/rounds/{id}/corrections", thisRound);
      await selection.refresh();
      selection.select(created.committeeCode, created.year, created.version);
      return t("policy.workflow.correctionCreated", { version: created.version });
    });

  return (
    <div className="workflow" data-testid="workflow">
      <p>{t(`policy.workflow.explain.${detail.status}`)}</p>
      {!canEdit ? <p>{t("policy.workflow.readOnly")}</p> : null}
      {canEdit && detail.status === "review" && errorCount > 0 ? (
        <p>
          <strong>{t("policy.workflow.errorsBlock", { count: errorCount })}</strong>
        </p>
      ) : null}
      <TransitionError error={error} findings={findings} round={detail.content} />
      <div role="status">
        {done !== null ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{done}</p>
            </div>
          </div>
        ) : null}
      </div>
      {canEdit && detail.allowedTransitions.length > 0 ? (
        <TextField
          id={commentId}
          label={t("policy.secretary.workflowComment")}
          width="input-width-xl"
          value={comment}
          onChange={setComment}
        />
      ) : null}
      {canEdit ? (
        <div className="d-flex flex-wrap">
          {detail.allowedTransitions.map((to) =>
            to === "published" ? (
              <button
                key={to}
                type="button"
                className="button button-primary mr-4 mb-3"
                disabled={busy || confirming}
                onClick={() => setConfirming(true)}
              >
                {t(`policy.workflow.action.${detail.status}_${to}`)}
              </button>
            ) : (
              <button
                key={to}
                type="button"
                className={`button ${to === "approved" ? "button-primary" : "button-secondary"} mr-4 mb-3`}
                disabled={busy}
                onClick={() => void transition(to)}
              >
                {t(`policy.workflow.action.${detail.status}_${to}`)}
              </button>
            ),
          )}
          {detail.status === "published" ? (
            <button
              type="button"
              className="button button-secondary mr-4 mb-3"
              disabled={busy}
              onClick={() => void correction()}
            >
              {t("policy.workflow.correction")}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t("policy.workflow.confirmHeading")}</p>
            <p className="alert-text">{t("policy.workflow.confirmText")}</p>
            <div className="mt-4">
              <button
                type="button"
                className="button button-primary mr-4"
                disabled={busy}
                onClick={() => void transition("published")}
              >
                {t("policy.workflow.confirmYes")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {t("policy.workflow.confirmNo")}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
