import { DomainError } from "../../errors.ts";
import { formatDate } from "../../format.ts";
import type { RoundForecast } from "../forecast/forecast-schema.ts";
import { type Initiative, initiativeHeading } from "../initiatives/initiative.ts";
import { statusField } from "../initiatives/status-report.ts";
import { statusFieldKeys, statusFieldLabel } from "../initiatives/status-report-layout.ts";
import { assessmentView } from "./assessment-view.ts";
import { budgetTableView } from "./budget-table-view.ts";
import type { CommitteeReport, StatusSchemaView, ViewBlock } from "./committee-report.ts";
import type { PolicyFollowUpData, ReportingRound } from "./reporting-round.ts";

function schemaView(initiative: Initiative, year: number): StatusSchemaView {
  const report = initiative.statusReport;
  return {
    initiativeId: initiative.id,
    heading: initiativeHeading(initiative),
    rows: statusFieldKeys(report.kind).map((key) => ({
      label: statusFieldLabel(report.kind, key, year),
      value: statusField(report, key) ?? [],
    })),
  };
}

function nameOf(data: PolicyFollowUpData, code: string): string {
  return data.organisations.find((o) => o.code === code)?.name ?? code;
}

/** The administration that serves the committee, then the committee itself. */
function senderOf(data: PolicyFollowUpData, committeeCode: string): string[] {
  const committee = data.organisations.find((o) => o.code === committeeCode);
  const administration =
    committee?.kind === "committee"
      ? data.organisations.find((o) => o.code === committee.administrationCode)
      : undefined;
  return [...(administration === undefined ? [] : [administration.name]), committee?.name ?? committeeCode];
}

/** The committee's yearly report (redegørelse), sections 1–4 as in the seed. */
export function buildCommitteeReport(
  data: PolicyFollowUpData,
  { committee, year }: { readonly committee: string; readonly year: number },
): CommitteeReport {
  const round = data.rounds.find((r) => r.committeeCode === committee && r.year === year);
  if (round === undefined) {
    throw new DomainError(
      "not_found",
      {
        da: `Der er ingen redegørelse for udvalg ${committee} i ${year}.`,
        en: `There is no report for committee ${committee} in ${year}.`,
      },
      [
        {
          field: "committee",
          message: `ingen runde for ${committee} ${year}`,
          en: `no round for ${committee} ${year}`,
        },
      ],
    );
  }
  return buildFromRound(data, round);
}

/**
 * The goal the area watch list belongs under: the first goal with an indicator that counts the
 * listed areas (goal a, "no new vulnerable areas", in the seed); none when the round has no such goal.
 */
export function areaGoalCode(round: ReportingRound): string | undefined {
  return round.goals.find((g) => g.indicators.some((t) => t.indicator.computation?.kind === "listed_areas"))
    ?.code;
}

/**
 * The report of one round. With `forecast` (the use case computes it: it needs stdlib's Student t),
 * each goal's assessment gets the forecast sentence and chart beside it. With `areaWatch` (the use
 * case computes it from the area facts), the area goal's assessment (`areaGoalCode`) ends with it.
 */
export function buildFromRound(
  data: PolicyFollowUpData,
  round: ReportingRound,
  forecast?: RoundForecast,
  areaWatch?: readonly ViewBlock[],
): CommitteeReport {
  const areaGoal = areaWatch === undefined ? undefined : areaGoalCode(round);
  const goals = new Map(round.goals.map((g) => [g.code, g]));
  const meta = [
    { label: "Udvalg", value: nameOf(data, round.committeeCode) },
    ...(round.caseNumber === null ? [] : [{ label: "Sagsnr.", value: round.caseNumber }]),
    ...(round.documentNumber === null ? [] : [{ label: "Dokumentnr.", value: round.documentNumber }]),
    ...(round.caseworker === null ? [] : [{ label: "Sagsbehandler", value: round.caseworker }]),
  ];
  return {
    kind: "committee_report",
    lang: "da",
    title: round.title,
    recipient: `Til ${nameOf(data, round.requestedByCode)}`,
    isoDate: round.requestDate,
    date: formatDate(round.requestDate),
    sender: senderOf(data, round.committeeCode),
    meta,
    introduction: round.introduction,
    sections: [
      {
        kind: "goal_assessments",
        heading: round.sectionHeadings.assessments,
        introduction: round.assessmentIntroduction,
        goals: round.assessments.flatMap((a) => {
          const goal = goals.get(a.goalCode);
          if (goal === undefined) return [];
          const view = assessmentView(
            a,
            goal,
            forecast?.goals.find((f) => f.goalCode === goal.code),
          );
          return [
            areaWatch !== undefined && goal.code === areaGoal
              ? { ...view, blocks: [...view.blocks, ...areaWatch] }
              : view,
          ];
        }),
      },
      {
        kind: "status_schemas",
        layout: "serving_goals",
        heading: round.sectionHeadings.servingGoals,
        schemas: round.initiatives
          .filter((i) => i.statusReport.kind === "serving_goals")
          .map((i) => schemaView(i, round.year)),
      },
      {
        kind: "status_schemas",
        layout: "beyond_goals",
        heading: round.sectionHeadings.beyondGoals,
        schemas: round.initiatives
          .filter((i) => i.statusReport.kind === "beyond_goals")
          .map((i) => schemaView(i, round.year)),
      },
      {
        kind: "budget_overview",
        heading: round.sectionHeadings.budget,
        tables: round.budget.tables.map((t, i) => budgetTableView(t, round.budget.footnotes, i + 1)),
      },
    ],
  };
}
