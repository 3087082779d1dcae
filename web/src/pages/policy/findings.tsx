import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import {
  statusFieldKeys,
  statusFieldLabel,
} from "../../../../src/domain/policy/initiatives/status-report-layout.ts";
import { roundFieldLabel } from "../../../../src/domain/policy/report/pending-review.ts";
import { ruleTitle } from "../../../../src/domain/policy/validation/validate-report.ts";
import type { Finding, FindingLocation, ReportingRound, Severity } from "../../api-types.ts";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const BADGE: Readonly<Record<Severity, string>> = {
  error: "badge badge-error",
  warning: "badge badge-warning",
  info: "badge badge-info",
};

export function SeverityBadge({ severity, label }: { readonly severity: Severity; readonly label?: string }) {
  const { t } = useTranslation();
  return <span className={BADGE[severity]}>{label ?? t(`policy.severity.${severity}`)}</span>;
}

/** Where a finding stands, in the words of the report: goal, initiative, table, line, year, field. */
export function describeLocation(
  location: FindingLocation,
  round: ReportingRound | undefined,
  t: TFunction,
  /** Leave the table's title out (the finding is listed under its table). */
  options: { readonly omitTable?: boolean } = {},
): string {
  const parts: string[] = [];
  const initiative = round?.initiatives.find((i) => i.id === location.initiativeId);
  const table = round?.budget.tables.find((tb) => tb.id === location.table);
  const line = table?.lines.find((l) => l.id === location.row);
  if (location.goalCode !== undefined) parts.push(t("policy.location.goal", { code: location.goalCode }));
  // A budget line names its initiative already.
  if (
    location.initiativeId !== undefined &&
    !(line !== undefined && line.initiativeId === location.initiativeId)
  ) {
    parts.push(initiative?.name ?? location.initiativeId);
  }
  if (location.table !== undefined && options.omitTable !== true) parts.push(table?.title ?? location.table);
  if (location.row !== undefined) parts.push(line?.label ?? location.row);
  if (location.column !== undefined) {
    parts.push(t("policy.location.column", { column: location.column.split(",").join(", ") }));
  }
  if (location.field !== undefined) {
    const kind = initiative?.statusReport.kind;
    const key = kind === undefined ? undefined : statusFieldKeys(kind).find((k) => k === location.field);
    const label =
      kind !== undefined && key !== undefined && round !== undefined
        ? statusFieldLabel(kind, key, round.year)
        : roundFieldLabel(location.field);
    parts.push(t("policy.location.field", { field: label }));
  }
  return parts.join(" › ");
}

/** Findings as a list: severity in words, where it stands, what is wrong. */
export function FindingList({
  findings,
  round,
  badges = true,
}: {
  readonly findings: readonly Finding[];
  readonly round: ReportingRound | undefined;
  /** False inside an alert, whose colour would swallow the badge's: the severity is then a word. */
  readonly badges?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="unstyled-list finding-list">
      {findings.map((finding, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a rule may report the same place twice
        <li key={index} className="mb-4">
          {badges ? (
            <SeverityBadge severity={finding.severity} />
          ) : (
            <span>{t(`policy.severity.${finding.severity}`)}:</span>
          )}{" "}
          <strong>{describeLocation(finding.location, round, t)}</strong>
          <br />
          <span lang="da">{finding.message}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a finding is fixed: the goal's section on the goals page, the initiative's page, the
 * overview's table, or the field of the round page (letterhead, texts). `query` names the round.
 */
export function fieldHref(location: FindingLocation, query: string): string {
  if (location.goalCode !== undefined) {
    const field = location.field?.startsWith("assessment") ? "vurdering" : (location.field ?? "");
    return `/maal?${query}#maal-${location.goalCode}${field === "" ? "" : `-${field}`}`;
  }
  if (location.initiativeId !== undefined && location.table === undefined) {
    return `/indsatser/${encodeURIComponent(location.initiativeId)}?${query}`;
  }
  if (location.table !== undefined) return `/oekonomi?${query}#${encodeURIComponent(location.table)}`;
  return `/rapporter?${query}#felt-${location.field ?? ""}`;
}

/** What a rule checks, in Danish words (the rule's id is for the log, not for the reader). */
export function RuleName({ ruleId }: { readonly ruleId: string }) {
  return (
    <span className="d-block small-text" lang="da" data-rule={ruleId}>
      {ruleTitle(ruleId) ?? ruleId}
    </span>
  );
}

/** A link to where the finding is fixed. */
export function FixLink({ location, query }: { readonly location: FindingLocation; readonly query: string }) {
  const { t } = useTranslation();
  return (
    <Link className="d-inline-block mt-2" to={fieldHref(location, query)}>
      {t("policy.secretary.checklist.open")}
    </Link>
  );
}
