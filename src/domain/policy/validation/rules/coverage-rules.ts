import { initiativeHeading } from "../../initiatives/initiative.ts";
import type { ValidationRule } from "../validation-rule.ts";

export const initiativeWithoutLineRule: ValidationRule = {
  id: "budget.initiative_missing",
  severity: "warning",
  title: "Hver indsats med statusskema har en linje i den økonomiske oversigt",
  check(round) {
    const funded = new Set(round.budget.tables.flatMap((t) => t.lines.map((l) => l.initiativeId)));
    return round.initiatives
      .filter((i) => !funded.has(i.id))
      .map((i) => ({
        location: { initiativeId: i.id },
        message: `${initiativeHeading(i)} har et statusskema, men ingen linje i den økonomiske oversigt.`,
      }));
  },
};

export const assessmentMissingRule: ValidationRule = {
  id: "goal.assessment_missing",
  severity: "error",
  title: "Hvert mål, udvalget er bedt om at redegøre for, har en vurdering",
  check(round) {
    return round.goals
      .filter((g) => !round.assessments.some((a) => a.goalCode === g.code))
      .map((g) => ({ location: { goalCode: g.code }, message: `Mål ${g.code} har ingen vurdering.` }));
  },
};
