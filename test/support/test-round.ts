import type { BudgetLine, BudgetTable } from "../../src/domain/policy/budget/budget-overview.ts";
import type { GoalAssessment } from "../../src/domain/policy/goals/goal-assessment.ts";
import type { PolicyGoal } from "../../src/domain/policy/goals/policy-goal.ts";
import type { RichText } from "../../src/domain/policy/goals/rich-text.ts";
import { paragraph } from "../../src/domain/policy/goals/rich-text.ts";
import type { AmountLine } from "../../src/domain/policy/initiatives/amount-line.ts";
import type { Initiative } from "../../src/domain/policy/initiatives/initiative.ts";
import type { StatusReport } from "../../src/domain/policy/initiatives/status-report.ts";
import type { ServingGoalsFieldKey } from "../../src/domain/policy/initiatives/status-report-layout.ts";
import type { ReportingRound } from "../../src/domain/policy/report/reporting-round.ts";

/** A small round on which every rule is silent; tests change one thing at a time. */
export const testGoal: PolicyGoal = {
  code: "b",
  text: "Andelen skal reduceres med 10 % frem til år 2010.",
  deadline: "2010-12-31",
  indicators: [
    {
      indicator: {
        id: "andel",
        name: "Andel",
        definition: "Andel uden for arbejdsmarkedet.",
        unit: "%",
        direction: "lower_is_better",
        source: "Test",
        numerator: "uden for arbejdsmarkedet",
        denominator: "alle",
        factor: 100,
        decimals: 1,
      },
      target: {
        value: 10,
        unit: "percent_of_baseline",
        comparison: "reduce_by",
        baseline: null,
        deadline: "2010-12-31",
        statedUnitText: "reduceres med 10 %",
        approximate: false,
        perYear: false,
      },
      measurements: [
        {
          id: "m-2008",
          period: { kind: "year", year: 2008 },
          value: 29.3,
          statedText: "29,3 %",
          approximate: false,
          source: "Test",
          date: "2009-06-01",
        },
      ],
    },
  ],
};

export const testAssessment: GoalAssessment = {
  goalCode: "b",
  heading: "Ad b.",
  status: "on_track",
  statusBasis: "Målet er indenfor rækkevidde.",
  body: [paragraph("Målet er indenfor rækkevidde.")],
  evidence: [],
  caveats: [],
  recommendation: "keep",
  recommendationText: "Målet fastholdes.",
  datedStatements: [
    {
      id: "d1",
      kind: "expected",
      period: { kind: "year", year: 2010 },
      excerpt: "Evalueringen fremlægges i 2010.",
    },
  ],
};

type ServingGoalsReport = Extract<StatusReport, { kind: "serving_goals" }>;

export const testStatusReport: ServingGoalsReport = {
  kind: "serving_goals",
  fields: {
    economy: [paragraph("Der er afsat 2,0 mio. kr. i 2010.")],
    targetGroup: [paragraph("Unge.")],
    activities: [paragraph("Aktiviteter.")],
    objective: [paragraph("Andelen skal falde med 10 %.")],
    contribution: [paragraph("Bidrag.")],
    plannedFollowUp: [paragraph("Evalueres i 2011.")],
    status: [paragraph("Godt i gang.")],
  },
  targetGroup: null,
  amountLines: [
    {
      kind: "initiative_total",
      id: "x-2010",
      field: "economy",
      statedText: "2,0 mio. kr.",
      amount: 2_000_000,
      approximate: false,
      period: { kind: "years", years: [2010] },
    },
  ],
  datedStatements: [
    {
      id: "x1",
      kind: "done",
      period: { kind: "month", year: 2009, month: 9 },
      excerpt: "startede september 2009",
    },
  ],
};

export const testInitiative: Initiative = {
  id: "x",
  name: "Indsats X",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [{ goalCode: "b", basis: "explicit", excerpt: "reduceres med 10 %" }],
  successCriteria: [],
  statusReport: testStatusReport,
};

export const testLine: BudgetLine = {
  id: "x",
  initiativeId: "x",
  label: "Indsats X",
  cells: { "2010": { kind: "amount", amount: 2_000_000 }, "2011": { kind: "amount", amount: 1_000_000 } },
  statedTotal: { amount: 3_000_000, statedText: "3,0 mio." },
  footnoteMarkers: [],
  distribution: { kind: "by_year" },
  subLines: [],
  fundingSources: [],
};

export const testTable: BudgetTable = {
  id: "t",
  title: "Tabel",
  years: [2010, 2011],
  lines: [testLine],
  statedYearTotals: {
    "2010": { amount: 2_000_000, statedText: "2,0" },
    "2011": { amount: 1_000_000, statedText: "1,0" },
  },
  statedGrandTotal: { amount: 3_000_000, statedText: "3,0" },
};

export const testRound: ReportingRound = {
  id: "r",
  committeeCode: "SUD",
  requestedByCode: "BIF",
  year: 2010,
  requestDate: "2010-03-04",
  caseNumber: null,
  documentNumber: null,
  caseworker: null,
  title: "Redegørelse",
  introduction: [paragraph("Indledning.")],
  sectionHeadings: { assessments: "1.", servingGoals: "2.", beyondGoals: "3.", budget: "4." },
  assessmentIntroduction: [],
  goals: [testGoal],
  assessments: [testAssessment],
  initiatives: [testInitiative],
  budget: { heading: "4.", tables: [testTable], footnotes: [] },
};

/** The round with the one table's lines and totals replaced. */
export function withTable(
  table: Partial<BudgetTable>,
  footnotes = testRound.budget.footnotes,
): ReportingRound {
  return { ...testRound, budget: { ...testRound.budget, tables: [{ ...testTable, ...table }], footnotes } };
}

/** The round with the one initiative changed. */
export function withInitiative(change: (i: Initiative) => Initiative): ReportingRound {
  return { ...testRound, initiatives: [change(testInitiative)] };
}

/** The round with some status fields (and optionally the captured amounts) of the initiative replaced. */
export function withFields(
  fields: Partial<Record<ServingGoalsFieldKey, RichText>>,
  amountLines: readonly AmountLine[] = testStatusReport.amountLines,
): ReportingRound {
  return withInitiative((i) => ({
    ...i,
    statusReport: { ...testStatusReport, fields: { ...testStatusReport.fields, ...fields }, amountLines },
  }));
}
