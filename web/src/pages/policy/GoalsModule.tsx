import { Fragment, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes, useLocation } from "react-router-dom";
import { isEditable } from "../../../../src/domain/policy/report/round-workflow.ts";
import type {
  AssessmentStatus,
  Finding,
  GoalAssessment,
  GoalForecast,
  MovingPatternTable,
  PolicyGoal,
  ReportingRound,
  RoundDetail,
} from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FactTable } from "../../components/FactTable.tsx";
import { RichTextView } from "../../components/RichTextView.tsx";
import { formatChange, formatDate, formatFigure, formatPeriod } from "../../format.ts";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { FindingList } from "./findings.tsx";
import { AssessmentEditor, GoalTextEditor } from "./GoalEditors.tsx";
import { GoalForecastView } from "./GoalForecastView.tsx";
import { IndicatorEditor, MeasurementEditor, TargetEditor } from "./IndicatorEditors.tsx";
import { MeasureGoalsForm } from "./MeasureGoalsForm.tsx";
import { RoundPicker } from "./RoundPicker.tsx";
import {
  useCanEdit,
  useRoundDetail,
  useRoundForecast,
  useRoundSelection,
  useRoundValidation,
} from "./round.ts";
import { TrackedIndicatorView } from "./TrackedIndicatorView.tsx";

export function GoalsModule() {
  return (
    <Routes>
      <Route index element={<GoalsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

const ASSESSMENT_BADGE: Readonly<Record<AssessmentStatus, string>> = {
  on_track: "badge badge-success",
  at_risk: "badge badge-warning",
  not_reachable: "badge badge-error",
  not_yet_assessable: "badge badge-info",
};

function GoalsPage() {
  const { t } = useTranslation();
  const selection = useRoundSelection();
  const { selected } = selection;
  const round = useRoundDetail(selected);
  const validation = useRoundValidation(selected);
  const forecast = useRoundForecast(selected);
  const location = useLocation();
  const content = round.data?.content;
  const canEdit = useCanEdit();

  // A link to one goal (`/maal?…#maal-b`) lands on it once the goals are shown.
  useEffect(() => {
    if (content === undefined || location.hash === "") return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [content, location.hash]);

  return (
    <>
      <h1>{t("nav.goals")}</h1>
      <p className="font-lead">{t("policy.goals.intro")}</p>
      <RoundPicker selection={selection} />
      <ErrorAlert error={round.error} />
      {round.loading && content === undefined ? <p>{t("loading")}</p> : null}
      {content !== undefined
        ? content.goals.map((goal) => (
            <GoalSection
              key={goal.code}
              goal={goal}
              round={content}
              assessment={content.assessments.find((a) => a.goalCode === goal.code)}
              findings={(validation.data?.findings ?? []).filter((f) => f.location.goalCode === goal.code)}
              forecast={forecast.data?.forecast.goals.find((g) => g.goalCode === goal.code)}
              query={selection.query}
              editing={
                round.data === undefined
                  ? undefined
                  : {
                      detail: round.data,
                      canEdit: canEdit && isEditable(round.data.status),
                      onSaved: () => {
                        round.reload();
                        validation.reload();
                      },
                    }
              }
            />
          ))
        : null}
      {selected !== undefined && canEdit && round.data?.status !== "published" ? (
        <MeasureGoalsForm
          round={selected}
          onMeasured={() => {
            round.reload();
            validation.reload();
          }}
        />
      ) : null}
    </>
  );
}

function GoalSection({
  goal,
  round,
  assessment,
  findings,
  forecast,
  query,
  editing,
}: {
  /** The round as stored, whether the user may change it, and what to fetch again after a change. */
  readonly editing:
    | { readonly detail: RoundDetail; readonly canEdit: boolean; onSaved(outcome?: "stale"): void }
    | undefined;
  readonly goal: PolicyGoal;
  readonly round: ReportingRound;
  readonly assessment: GoalAssessment | undefined;
  readonly findings: readonly Finding[];
  /** Undefined while it loads (or when it could not be had: the rest of the page still shows). */
  readonly forecast: GoalForecast | undefined;
  readonly query: string;
}) {
  const { t } = useTranslation();
  const initiatives = round.initiatives.filter((i) => i.goalLinks.some((l) => l.goalCode === goal.code));
  // The goal's forms are rebuilt with each revision (so they show what is stored): a refusal of an
  // edit made on an older one is said here, above them, where the rebuild does not erase it.
  const [stale, setStale] = useState(false);
  const sectionEditing =
    editing === undefined
      ? undefined
      : {
          ...editing,
          onSaved: (outcome?: "stale") => {
            setStale(outcome === "stale");
            editing.onSaved();
          },
        };
  return (
    <section
      id={`maal-${goal.code}`}
      className="goal mt-8 pt-4"
      aria-labelledby={`maal-${goal.code}-heading`}
    >
      <h2 id={`maal-${goal.code}-heading`}>{t("policy.goals.heading", { code: goal.code })}</h2>
      {stale ? (
        <div className="alert alert-warning" role="alert" data-testid={`goal-${goal.code}-stale`}>
          <div className="alert-body">
            <p className="alert-text">{t("policy.secretary.stale")}</p>
          </div>
        </div>
      ) : null}
      {sectionEditing === undefined ? (
        <>
          <p className="font-lead mt-0" lang="da">
            {goal.text}
          </p>
          <p>{t("policy.goals.deadline", { date: formatDate(goal.deadline) })}</p>
        </>
      ) : (
        <GoalTextEditor goal={goal} {...sectionEditing} />
      )}
      {findings.length > 0 ? (
        <div className="alert alert-warning" data-testid={`goal-${goal.code}-findings`}>
          <div className="alert-body">
            <p className="alert-heading">{t("policy.goals.findings", { count: findings.length })}</p>
            <FindingList findings={findings} round={round} badges={false} />
          </div>
        </div>
      ) : null}

      <h3>{t("policy.goals.indicators")}</h3>
      {goal.indicators.length === 0 ? <p>{t("policy.goals.noIndicators")}</p> : null}
      {goal.indicators.map((tracked) => (
        <Fragment key={tracked.indicator.id}>
          <TrackedIndicatorView tracked={tracked} heading={tracked.indicator.name} headingLevel={4} />
          {sectionEditing === undefined ? null : (
            // Keyed by revision: a saved change (or another's) shows in the forms when they open again.
            <div key={sectionEditing.detail.revision} className="indicator-editors">
              <IndicatorEditor goal={goal} tracked={tracked} {...sectionEditing} />
              <TargetEditor goal={goal} tracked={tracked} {...sectionEditing} />
              <MeasurementEditor goal={goal} tracked={tracked} {...sectionEditing} />
            </div>
          )}
        </Fragment>
      ))}

      <h3>{t("policy.goals.assessment")}</h3>
      {assessment === undefined ? (
        <p>{t("policy.goals.noAssessment")}</p>
      ) : (
        <>
          <AssessmentView goal={goal} assessment={assessment} />
          {sectionEditing === undefined ? null : (
            <AssessmentEditor
              key={sectionEditing.detail.revision}
              goal={goal}
              assessment={assessment}
              {...sectionEditing}
            />
          )}
        </>
      )}

      <h3>{t("policy.forecast.heading")}</h3>
      {forecast === undefined ? (
        <p>{t("policy.forecast.loading")}</p>
      ) : (
        <GoalForecastView forecast={forecast} />
      )}

      <h3>{t("policy.goals.initiatives")}</h3>
      {initiatives.length === 0 ? (
        <p>{t("policy.goals.noInitiatives")}</p>
      ) : (
        <ul>
          {initiatives.map((initiative) => {
            const link = initiative.goalLinks.find((l) => l.goalCode === goal.code);
            return (
              <li key={initiative.id}>
                <Link to={`/indsatser/${initiative.id}?${query}`} lang="da">
                  {initiative.name}
                </Link>
                {link ? ` (${t(`policy.goalLink.${link.basis}`)})` : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function AssessmentView({
  goal,
  assessment,
}: {
  readonly goal: PolicyGoal;
  readonly assessment: GoalAssessment;
}) {
  const { t } = useTranslation();
  const tables = assessment.evidence.flatMap((e) => (e.kind === "moving_pattern_table" ? [e] : []));
  return (
    <div className="assessment" data-testid={`assessment-${goal.code}`}>
      <FactTable
        caption={t("policy.assessment.caption", { code: goal.code })}
        facts={[
          {
            label: t("policy.assessment.status"),
            value: (
              <>
                <span className={ASSESSMENT_BADGE[assessment.status]}>
                  {t(`policy.assessmentStatus.${assessment.status}`)}
                </span>
                <span className="d-block small-text mt-2" lang="da">
                  »{assessment.statusBasis}«
                </span>
              </>
            ),
          },
          {
            label: t("policy.assessment.recommendation"),
            value: (
              <>
                <strong>{t(`policy.recommendation.${assessment.recommendation}`)}</strong>
                <span className="d-block small-text mt-2" lang="da">
                  »{assessment.recommendationText}«
                </span>
              </>
            ),
          },
        ]}
      />

      <h4>{t("policy.assessment.evidence")}</h4>
      {assessment.evidence.length === 0 ? <p>{t("policy.assessment.noEvidence")}</p> : null}
      <ul>
        {assessment.evidence.map((evidence) => {
          if (evidence.kind === "statement") {
            return (
              <li key={evidence.id} lang="da">
                »{evidence.text}«
              </li>
            );
          }
          if (evidence.kind === "moving_pattern_table") {
            return (
              <li key={evidence.id}>{t("policy.assessment.tableBelow", { title: evidence.table.title })}</li>
            );
          }
          const tracked = goal.indicators.find((i) => i.indicator.id === evidence.indicatorId);
          const measurement = tracked?.measurements.find((m) => m.id === evidence.measurementId);
          if (tracked === undefined || measurement === undefined) {
            return (
              <li key={evidence.id}>
                {t("policy.assessment.missingMeasurement", { id: evidence.measurementId })}
              </li>
            );
          }
          return (
            <li key={evidence.id}>
              {tracked.indicator.name}
              {measurement.period ? `, ${formatPeriod(measurement.period)}` : ""}:{" "}
              <strong>
                {measurement.value === null
                  ? measurement.statedText
                  : `${formatFigure(measurement.value, tracked.indicator.decimals)}${tracked.indicator.unit === "%" ? " %" : ""}`}
              </strong>{" "}
              ({measurement.source})
            </li>
          );
        })}
      </ul>
      {tables.map((evidence) => (
        <MovingPatternTableView key={evidence.id} table={evidence.table} />
      ))}

      <h4>{t("policy.assessment.caveats")}</h4>
      {assessment.caveats.length === 0 ? (
        <p>{t("policy.assessment.noCaveats")}</p>
      ) : (
        <ul>
          {assessment.caveats.map((caveat) => (
            <li key={caveat.text}>
              <strong>{t(`policy.caveat.${caveat.kind}`)}:</strong> <span lang="da">»{caveat.text}«</span>
            </li>
          ))}
        </ul>
      )}

      <details className="details mt-5">
        <summary className="details-summary">
          {t("policy.assessment.text", { heading: assessment.heading })}
        </summary>
        <div className="details-text">
          {assessment.body.map((block, index) => {
            if (block.kind === "evidence") {
              const table = tables.find((e) => e.id === block.evidenceId);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
                <p key={index} className="small-text">
                  <em>
                    {t("policy.assessment.tableHere", { title: table?.table.title ?? block.evidenceId })}
                  </em>
                </p>
              );
            }
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity but their place
            return <RichTextView key={index} text={[block]} />;
          })}
        </div>
      </details>
    </div>
  );
}

/** The letting-agreement evaluation's table: change in persons on transfer income by area type and moving pattern. */
function MovingPatternTableView({ table }: { readonly table: MovingPatternTable }) {
  const { t } = useTranslation();
  return (
    <div className="table--responsive-scroll" data-testid="moving-pattern-table" lang="da">
      <table className="table table--zebra">
        <caption>
          {table.title}
          {table.title.includes(String(table.toYear)) ? "" : ` (${table.fromYear}–${table.toYear})`}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("policy.movingPattern.area")}
            </th>
            <th scope="colgroup" colSpan={3} className="align-text-center">
              {t("policy.movingPattern.persons")}
            </th>
            <th scope="col" rowSpan={2} className="align-text-right">
              {t("policy.movingPattern.share")}
            </th>
          </tr>
          <tr>
            <th scope="col" className="align-text-right">
              {t("policy.movingPattern.netMoving")}
            </th>
            <th scope="col" className="align-text-right">
              {t("policy.movingPattern.notFullyVacated")}
            </th>
            <th scope="col" className="align-text-right">
              {t("policy.movingPattern.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const cells = [
              formatChange(row.netMoving),
              formatChange(row.notFullyVacated),
              formatChange(row.total),
              formatChange(row.shareChangePp, 1),
            ];
            return (
              <tr key={row.areaType} style={row.areaType === "all" ? { fontWeight: 600 } : undefined}>
                <th scope="row">{row.label}</th>
                {cells.map((text, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={i} className="align-text-right">
                    {text}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
