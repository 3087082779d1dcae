import type { BudgetOverview } from "../budget/budget-overview.ts";
import type { GoalAssessment } from "../goals/goal-assessment.ts";
import type { PolicyGoal } from "../goals/policy-goal.ts";
import type { Initiative } from "../initiatives/initiative.ts";

/** The parts of a round that reference each other (structural, so the schema can call this while it is being defined). */
export interface RoundForReferences {
  readonly goals: readonly PolicyGoal[];
  readonly initiatives: readonly Initiative[];
  readonly assessments: readonly GoalAssessment[];
  readonly budget: BudgetOverview;
}

export interface ReferenceProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function duplicates(values: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/**
 * Referential integrity inside a round (ids unique, every reference resolves). Run by the zod
 * schema at the edge, so the domain can trust a parsed round.
 */
export function checkRoundReferences(round: RoundForReferences): readonly ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const goalCodes = new Set(round.goals.map((g) => g.code));
  const initiativeIds = new Set(round.initiatives.map((i) => i.id));

  for (const code of duplicates(round.goals.map((g) => g.code))) {
    problems.push({ path: ["goals"], message: `mål ${code} findes flere gange` });
  }
  for (const id of duplicates(round.initiatives.map((i) => i.id))) {
    problems.push({ path: ["initiatives"], message: `indsats ${id} findes flere gange` });
  }

  round.assessments.forEach((assessment, index) => {
    if (!goalCodes.has(assessment.goalCode)) {
      problems.push({
        path: ["assessments", index, "goalCode"],
        message: `ukendt mål ${assessment.goalCode}`,
      });
    }
    const goal = round.goals.find((g) => g.code === assessment.goalCode);
    const evidenceIds = new Set(assessment.evidence.map((e) => e.id));
    for (const evidence of assessment.evidence) {
      if (evidence.kind !== "measurement") continue;
      const tracked = goal?.indicators.find((t) => t.indicator.id === evidence.indicatorId);
      if (tracked?.measurements.some((m) => m.id === evidence.measurementId) !== true) {
        problems.push({
          path: ["assessments", index, "evidence", evidence.id],
          message: `måling ${evidence.indicatorId}/${evidence.measurementId} findes ikke under mål ${assessment.goalCode}`,
        });
      }
    }
    for (const block of assessment.body) {
      if (block.kind === "evidence" && !evidenceIds.has(block.evidenceId)) {
        problems.push({
          path: ["assessments", index, "body"],
          message: `ukendt dokumentation ${block.evidenceId}`,
        });
      }
    }
  });

  round.initiatives.forEach((initiative, index) => {
    for (const link of initiative.goalLinks) {
      if (!goalCodes.has(link.goalCode)) {
        problems.push({ path: ["initiatives", index, "goalLinks"], message: `ukendt mål ${link.goalCode}` });
      }
    }
  });

  const lineKeys: string[] = [];
  round.budget.tables.forEach((table, tableIndex) => {
    table.lines.forEach((line, lineIndex) => {
      lineKeys.push(line.id);
      if (line.initiativeId !== null && !initiativeIds.has(line.initiativeId)) {
        problems.push({
          path: ["budget", "tables", tableIndex, "lines", lineIndex, "initiativeId"],
          message: `ukendt indsats ${line.initiativeId}`,
        });
      }
    });
  });
  for (const id of duplicates(lineKeys)) {
    problems.push({ path: ["budget"], message: `budgetlinje ${id} findes flere gange` });
  }

  round.initiatives.forEach((initiative, index) => {
    const lines = round.budget.tables.flatMap((t) => t.lines).filter((l) => l.initiativeId === initiative.id);
    const subLineIds = new Set(lines.flatMap((l) => l.subLines.map((s) => s.id)));
    initiative.statusReport.amountLines.forEach((amountLine, lineIndex) => {
      if (amountLine.kind === "sub_unit" && !subLineIds.has(amountLine.subLineId)) {
        problems.push({
          path: ["initiatives", index, "statusReport", "amountLines", lineIndex, "subLineId"],
          message: `underlinje ${amountLine.subLineId} findes ikke i indsatsens budgetlinje`,
        });
      }
    });
  });
  return problems;
}
