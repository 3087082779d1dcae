import { useTranslation } from "react-i18next";
import type { Finding, ReportingRound } from "../../api-types.ts";
import { describeLocation, FixLink, RuleName, SEVERITIES, SeverityBadge } from "./findings.tsx";

/** The validation findings grouped by severity, with counts: errors block approval. */
export function ValidationSection({
  findings,
  round,
  query,
}: {
  readonly findings: readonly Finding[];
  readonly round: ReportingRound;
  /** The round's query (`udvalg=…&aar=…&version=…`), for the links to where a finding is fixed. */
  readonly query: string;
}) {
  const { t } = useTranslation();
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return (
    <div className="validation" data-testid="validation">
      <p data-testid="validation-summary">
        {SEVERITIES.map((s) => t(`policy.validation.count.${s}`, { count: count(s) })).join(" · ")}
      </p>
      {findings.length === 0 ? <p>{t("policy.validation.none")}</p> : null}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const heading = t(`policy.validation.group.${severity}`, { count: group.length });
        return (
          <section
            key={severity}
            aria-labelledby={`validation-${severity}`}
            data-testid={`validation-${severity}`}
          >
            <h3 id={`validation-${severity}`}>{heading}</h3>
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <caption className="sr-only">{heading}</caption>
                <thead>
                  <tr>
                    <th scope="col" style={{ width: "30%" }}>
                      {t("policy.validation.where")}
                    </th>
                    <th scope="col">{t("policy.validation.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((finding, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a rule may report the same place twice
                    <tr key={index}>
                      <th scope="row" className="weight-normal">
                        <SeverityBadge severity={finding.severity} />
                        <span className="d-block mt-2 weight-semibold">
                          {describeLocation(finding.location, round, t)}
                        </span>
                        <RuleName ruleId={finding.ruleId} />
                      </th>
                      <td>
                        <span lang="da">{finding.message}</span>
                        <br />
                        <FixLink location={finding.location} query={query} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
