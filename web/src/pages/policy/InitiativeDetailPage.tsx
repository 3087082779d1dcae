import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { statusFieldLabel } from "../../../../src/domain/policy/initiatives/status-report-layout.ts";
import { isEditable } from "../../../../src/domain/policy/report/round-workflow.ts";
import type { Initiative, TargetGroup } from "../../api-types.ts";
import { BackLink } from "../../components/BackLink.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FactTable } from "../../components/FactTable.tsx";
import { formatFigure } from "../../format.ts";
import { FindingList } from "./findings.tsx";
import { InitiativeRetireForm } from "./InitiativeEditors.tsx";
import { ageText } from "./InitiativeListPage.tsx";
import { RoundPicker } from "./RoundPicker.tsx";
import { useCanEdit, useRoundDetail, useRoundSelection, useRoundValidation } from "./round.ts";
import { StatusSchemaTable } from "./StatusSchemaTable.tsx";
import { TrackedIndicatorView } from "./TrackedIndicatorView.tsx";

export function InitiativeDetailPage() {
  const { t } = useTranslation();
  const { initiativeId } = useParams();
  const selection = useRoundSelection();
  const { selected } = selection;
  const round = useRoundDetail(selected);
  const validation = useRoundValidation(selected);
  const canEdit = useCanEdit();
  const content = round.data?.content;
  const initiative = content?.initiatives.find((i) => i.id === initiativeId);
  const findings = (validation.data?.findings ?? []).filter((f) => f.location.initiativeId === initiativeId);

  return (
    <>
      <BackLink to={`/indsatser?${selection.query}`}>{t("policy.initiative.back")}</BackLink>
      <h1 lang={initiative === undefined ? undefined : "da"}>
        {initiative === undefined ? t("nav.initiatives") : initiative.name}
      </h1>
      <RoundPicker selection={selection} />
      <ErrorAlert error={round.error} />
      {round.loading && content === undefined ? <p>{t("loading")}</p> : null}
      {content !== undefined && initiative === undefined ? (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-text">{t("policy.initiative.notInRound", { id: initiativeId })}</p>
          </div>
        </div>
      ) : null}
      {round.data !== undefined && content !== undefined && initiative !== undefined ? (
        <>
          <p>
            {t(`policy.schemaKind.${initiative.statusReport.kind}`)} · {initiative.committeeCode}
            {initiative.isNew ? (
              <>
                {" "}
                · <span className="badge badge-info">{t("policy.initiatives.new")}</span>
              </>
            ) : null}
          </p>

          <h2>{t("policy.initiative.schema")}</h2>
          <StatusSchemaTable
            initiative={initiative}
            year={content.year}
            roundId={round.data.id}
            revision={round.data.revision}
            canEdit={canEdit}
            editable={isEditable(round.data.status)}
            status={round.data.status}
            onSaved={round.reload}
          />

          <h2>{t("policy.initiative.goals")}</h2>
          {initiative.goalLinks.length === 0 ? (
            <p>{t("policy.initiative.noGoals")}</p>
          ) : (
            <ul>
              {initiative.goalLinks.map((link) => {
                const goal = content.goals.find((g) => g.code === link.goalCode);
                return (
                  <li key={link.goalCode} className="mb-3">
                    <Link to={`/maal?${selection.query}#maal-${link.goalCode}`}>
                      {t("policy.goals.heading", { code: link.goalCode })}
                      {goal ? `: ${goal.text}` : ""}
                    </Link>
                    <span className="d-block small-text">
                      {t(`policy.goalLink.${link.basis}`)}: »{link.excerpt}«
                    </span>
                  </li>
                );
              })}
            </ul>
          )}

          <h2>{t("policy.initiative.targetGroup")}</h2>
          <TargetGroupView initiative={initiative} />

          <h2>{t("policy.initiative.criteria")}</h2>
          {initiative.successCriteria.length === 0 ? <p>{t("policy.initiative.noCriteria")}</p> : null}
          {initiative.successCriteria.map((criterion) => (
            <TrackedIndicatorView
              key={criterion.id}
              tracked={criterion}
              heading={criterion.text}
              headingLevel={3}
            />
          ))}

          <h2>{t("policy.initiative.findings")}</h2>
          {findings.length === 0 ? (
            <p>{t("policy.initiative.noFindings")}</p>
          ) : (
            <FindingList findings={findings} round={content} />
          )}

          {canEdit && isEditable(round.data.status) ? (
            <>
              <h2>{t("policy.secretary.initiative.retireHeading")}</h2>
              <InitiativeRetireForm
                detail={round.data}
                initiative={initiative}
                listPath={`/indsatser?${selection.query}`}
              />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function countText(group: TargetGroup, t: TFunction): string {
  return group.counts
    .map((c) =>
      [
        c.approximate ? t("policy.target.approx").trim() : "",
        formatFigure(c.value),
        c.unit,
        c.perYear ? t("policy.target.perYear") : "",
      ]
        .filter((part) => part !== "")
        .join(" "),
    )
    .join(", ");
}

/** The structured reading of Målgruppe: what can be counted and filtered. The field's own words stand in the schema. */
function TargetGroupView({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation();
  const group = initiative.statusReport.targetGroup;
  const label = statusFieldLabel(initiative.statusReport.kind, "targetGroup", 0);
  if (group === null) return <p>{t("policy.initiative.noTargetGroup", { label })}</p>;
  const missing = t("policy.initiative.notStated");
  const age = ageText(group, t);
  return (
    <FactTable
      caption={t("policy.initiative.targetGroupCaption", { name: initiative.name })}
      testId="target-group"
      facts={[
        {
          label: t("policy.targetGroup.count"),
          value: group.counts.length === 0 ? missing : countText(group, t),
        },
        {
          label: t("policy.targetGroup.age"),
          value: age === "" ? missing : t("policy.targetGroup.years", { range: age }),
        },
        { label: t("policy.targetGroup.sex"), value: t(`policy.sex.${group.sex}`) },
        { label: t("policy.targetGroup.background"), value: group.background ?? missing },
      ]}
    />
  );
}
